package org.neurallab.train;

import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * The hyper-parameters of one run. A batch size larger than the training set is allowed and simply
 * means one (full) batch per epoch; the last batch of an epoch may be smaller than batchSize.
 *
 * @param validationSplit fraction in [0, 0.5] taken from the end of the (seed-shuffled) examples for
 *                        validation; ignored when the run has its own validation data
 * @param seed            drives the split and the per-epoch shuffles (epoch e uses seed + e)
 */
public record RunConfig(OptimizerSpec optimizer, Regularization regularization, int epochs, int batchSize,
                        double validationSplit, long seed, boolean shuffle) {

    public static final double MAX_VALIDATION_SPLIT = 0.5;

    public RunConfig {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must not be null");
        }
        if (regularization == null) {
            regularization = Regularization.NONE;
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (!(validationSplit >= 0 && validationSplit <= MAX_VALIDATION_SPLIT)) {
            throw new IllegalArgumentException("validation split must be between 0 and " + MAX_VALIDATION_SPLIT
                    + ", got " + validationSplit);
        }
    }

    /** Plain settings: no regularization, no validation split, shuffling on. */
    public static RunConfig of(OptimizerType type, double learningRate, int epochs, int batchSize, long seed) {
        checkLearningRate(learningRate);
        return new RunConfig(new OptimizerSpec(type, learningRate), Regularization.NONE, epochs, batchSize, 0, seed,
                true);
    }

    public double learningRate() {
        return optimizer.learningRate();
    }

    public RunConfig withLearningRate(double learningRate) {
        checkLearningRate(learningRate);
        return new RunConfig(new OptimizerSpec(optimizer.type(), learningRate), regularization, epochs, batchSize,
                validationSplit, seed, shuffle);
    }

    public RunConfig withRegularization(Regularization value) {
        return new RunConfig(optimizer, value, epochs, batchSize, validationSplit, seed, shuffle);
    }

    public RunConfig withEpochs(int value) {
        return new RunConfig(optimizer, regularization, value, batchSize, validationSplit, seed, shuffle);
    }

    public RunConfig withBatchSize(int value) {
        return new RunConfig(optimizer, regularization, epochs, value, validationSplit, seed, shuffle);
    }

    public RunConfig withValidationSplit(double value) {
        return new RunConfig(optimizer, regularization, epochs, batchSize, value, seed, shuffle);
    }

    public RunConfig withSeed(long value) {
        return new RunConfig(optimizer, regularization, epochs, batchSize, validationSplit, value, shuffle);
    }

    public RunConfig withShuffle(boolean value) {
        return new RunConfig(optimizer, regularization, epochs, batchSize, validationSplit, seed, value);
    }

    /** Same rule as the engine (0 < rate <= 100) but NaN is named explicitly. */
    private static void checkLearningRate(double learningRate) {
        if (Double.isNaN(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a number greater than 0 and at most "
                    + OptimizerSpec.MAX_LEARNING_RATE + ", got NaN");
        }
        OptimizerSpec.checkLearningRate(learningRate);
    }
}
