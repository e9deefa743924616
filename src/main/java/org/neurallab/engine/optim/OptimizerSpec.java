package org.neurallab.engine.optim;

import org.neurallab.engine.model.Checks;

/**
 * Which optimizer and its learning rate; the other constants are the usual defaults
 * (momentum 0.9; Adam 0.9 / 0.999; RMSProp 0.9; epsilon 1e-7 as in Keras).
 */
public record OptimizerSpec(OptimizerType type, double learningRate) {

    public static final double MAX_LEARNING_RATE = 100;

    public OptimizerSpec {
        Checks.notNull("optimizer", type);
        checkLearningRate(learningRate);
    }

    public static void checkLearningRate(double learningRate) {
        if (!(learningRate > 0 && learningRate <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("learning rate must be greater than 0 and at most "
                    + MAX_LEARNING_RATE + ", got " + learningRate);
        }
    }

    public Optimizer create() {
        switch (type) {
            case MOMENTUM: return new Momentum(learningRate, 0.9);
            case ADAM: return new Adam(learningRate, 0.9, 0.999, 1e-7);
            case RMSPROP: return new RmsProp(learningRate, 0.9, 1e-7);
            default: return new Sgd(learningRate);
        }
    }
}
