package org.neurallab.lab.playground;

/**
 * Losses (without the regularization penalty) and, for classifiers, accuracies on the training and
 * test points. Accuracy is NaN for regression; test values are NaN when there are no test points.
 */
public record Metrics(double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {
    public static final Metrics NONE = new Metrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public boolean finite() {
        return Double.isFinite(trainLoss);
    }
}
