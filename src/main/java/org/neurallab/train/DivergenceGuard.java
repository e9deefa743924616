package org.neurallab.train;

import java.util.Arrays;

/**
 * Decides when a run has diverged, so it stops (and nothing gets saved) instead of finishing with a
 * useless model. A run has diverged when
 * <ul>
 *   <li>a batch loss is NaN or infinite; or</li>
 *   <li>over the last {@value #WINDOW} batches the median loss is more than {@value #FACTOR} times the
 *       loss at the start (the first batch; at least {@value #FLOOR}): most recent batches, not one
 *       unlucky batch, are far worse than the untrained model; or</li>
 *   <li>at the end of an epoch the accuracy is at chance (at most 1.5 / classes) while the epoch's mean
 *       loss is above twice the start: the weights have been thrown somewhere nothing is learnt. A model
 *       that learns slowly stays near its starting loss and is left alone.</li>
 * </ul>
 */
final class DivergenceGuard {
    static final int WINDOW = 20;
    static final double FACTOR = 10;
    static final double FLOOR = 0.1;

    private final int classes;
    private final int batchesPerEpoch;
    private final double learningRate;
    private final double[] recent = new double[WINDOW];
    private long seen;
    private double start = Double.NaN;
    private double epochLossSum;
    private double epochCorrect;
    private int epochBatches;

    /** @param classes the number of classes (0 for regression: no accuracy rule) */
    DivergenceGuard(int classes, int batchesPerEpoch, double learningRate) {
        this.classes = classes;
        this.batchesPerEpoch = batchesPerEpoch;
        this.learningRate = learningRate;
    }

    /**
     * Called once per batch, after its loss (and accuracy, NaN if unknown) is known.
     *
     * @throws LossDivergedException if the run has diverged
     */
    void check(int epoch, int batch, double loss, double accuracy) {
        if (!Double.isFinite(loss)) {
            throw new LossDivergedException(epoch, batch, learningRate, loss);
        }
        if (Double.isNaN(start)) {
            start = loss;
        }
        double baseline = Math.max(start, FLOOR);
        recent[(int) (seen++ % WINDOW)] = loss;
        if (seen > WINDOW) {
            double median = median(recent);
            if (median > FACTOR * baseline) {
                throw LossDivergedException.farAboveStart(epoch, batch, learningRate, start, median);
            }
        }
        epochLossSum += loss;
        epochCorrect += Double.isNaN(accuracy) ? Double.NaN : accuracy;
        epochBatches++;
        if (batch == batchesPerEpoch) {
            double meanLoss = epochLossSum / epochBatches;
            double meanAccuracy = epochCorrect / epochBatches;
            epochLossSum = 0;
            epochCorrect = 0;
            epochBatches = 0;
            if (classes > 1 && !Double.isNaN(meanAccuracy) && meanAccuracy <= 1.5 / classes
                    && meanLoss > 2 * baseline) {
                throw LossDivergedException.atChance(epoch, batch, learningRate, start, meanLoss, meanAccuracy);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
