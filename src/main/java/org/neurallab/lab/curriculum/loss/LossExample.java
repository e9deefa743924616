package org.neurallab.lab.curriculum.loss;

import org.neurallab.engine.loss.MeanSquaredError;
import org.neurallab.engine.loss.SoftmaxCrossEntropy;

/**
 * Lecture 002's loss example: ten predicted class probabilities y for a picture of a "2" (one-hot
 * target t), scored by the sum-of-squares error and the cross-entropy error. Both losses come from the
 * engine's loss classes; the Keras-style mean the engine trains with is computed alongside to show why
 * it is a different number.
 */
public final class LossExample {
    public static final int CLASSES = 10;
    /** The lecture's picture shows a "2". */
    public static final int LECTURE_TARGET = 2;
    /** The lecture's tiny number added inside the log so that log(0) never happens. */
    public static final double DELTA = 1e-7;

    private LossExample() {
    }

    /** The lecture's good prediction: 0.6 on class 2. */
    public static double[] rightPrediction() {
        return new double[] {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};
    }

    /**
     * The lecture's second table keeps the same prediction and makes class 7 the answer, so the network's
     * 0.6 is now on a wrong class.
     */
    public static final int LECTURE_WRONG_TARGET = 7;

    public static double[] oneHot(int target) {
        double[] t = new double[CLASSES];
        t[target] = 1;
        return t;
    }

    /** Every number the page shows for a prediction and a target class. */
    public record Scores(double halfSumOfSquares, double meanOfSquares, double crossEntropy,
            double crossEntropyWithoutDelta, double sum) {

        /** Probabilities must add up to 1; allow for the rounding of typed decimals. */
        public boolean sumsToOne() {
            return Math.abs(sum - 1) < 1e-9;
        }
    }

    public static Scores score(double[] y, int target) {
        double[] t = oneHot(target);
        double squares = 0;
        double sum = 0;
        for (int k = 0; k < y.length; k++) {
            squares += (y[k] - t[k]) * (y[k] - t[k]);
            sum += y[k];
        }
        return new Scores(
                MeanSquaredError.sumOfSquares(y, t),
                // what MeanSquaredError.forward (Keras' "mse") returns for this one example: the mean over 10 outputs
                squares / y.length,
                SoftmaxCrossEntropy.crossEntropy(y, t),
                -Math.log(y[target]),
                sum);
    }

    /** One row of the lecture's table: (y - t)^2 and t * log(y + delta) for class k. */
    public static double squaredDifference(double[] y, int target, int k) {
        double t = k == target ? 1 : 0;
        return (y[k] - t) * (y[k] - t);
    }

    public static double targetTimesLog(double[] y, int target, int k) {
        return k == target ? Math.log(y[k] + DELTA) : 0;
    }
}
