package org.neurallab.engine.optim;

import java.util.List;
import org.neurallab.engine.layers.Param;

/** Plain gradient descent: w = w - lr * dL/dw. */
public final class Sgd extends BaseOptimizer {
    public Sgd(double learningRate) {
        super(learningRate);
    }

    @Override
    public void step(List<Param> params) {
        for (Param p : params) {
            p.value().subi(p.grad().mul(learningRate()));
        }
    }
}
