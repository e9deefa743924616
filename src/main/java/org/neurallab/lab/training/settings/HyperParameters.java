package org.neurallab.lab.training.settings;

import org.neurallab.engine.optim.OptimizerType;

/**
 * Everything the training settings panel decides, already checked.
 *
 * @param validationSplit share of the training images held back to measure generalisation (0 = none)
 * @param subset          how many training images to use (the whole set, or fewer for a quick try)
 */
public record HyperParameters(OptimizerType optimizer, double learningRate, int batchSize, int epochs,
                              double validationSplit, long seed, int subset) {

    /** The lecture's defaults: Adam 0.001, Keras' batch of 32, 5 epochs, a tenth for validation. */
    public static HyperParameters defaults(int available) {
        return new HyperParameters(OptimizerType.ADAM, 0.001, 32, 5, 0.1, 42, available);
    }

    public int validationCount() {
        return (int) Math.round(subset * validationSplit);
    }

    public int trainCount() {
        return subset - validationCount();
    }

    public int batchesPerEpoch() {
        return (trainCount() + batchSize - 1) / batchSize;
    }
}
