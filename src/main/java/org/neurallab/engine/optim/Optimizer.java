package org.neurallab.engine.optim;

import java.util.List;
import org.neurallab.engine.layers.Param;

/** Updates parameters in place from their gradients. Keeps per-parameter state (velocities, moments). */
public interface Optimizer {

    void step(List<Param> params);

    double learningRate();

    /** Changes the learning rate between steps (the UI lets a teacher do this while training). */
    void setLearningRate(double learningRate);
}
