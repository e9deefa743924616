package org.neurallab.io;

import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * The hyper-parameters a model was trained with, stored in its file so a student can see (and repeat)
 * how it was made.
 *
 * @param regularization the weight penalty; null is read as {@link Regularization#NONE}
 */
public record TrainingInfo(OptimizerType optimizer, double learningRate, int batchSize, int epochs, long seed,
                           Regularization regularization) {

    public TrainingInfo {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must be given (sgd, momentum, adam or rmsprop)");
        }
        OptimizerSpec.checkLearningRate(learningRate);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
        }
        if (regularization == null) {
            regularization = Regularization.NONE;
        }
    }

    /** The optimizer and learning rate as the engine takes them. */
    public OptimizerSpec optimizerSpec() {
        return new OptimizerSpec(optimizer, learningRate);
    }
}
