package org.neurallab.lab.curriculum.regression;

/**
 * One of the lectures' small data sets for a straight-line fit: x values, y values, and the bundle key of
 * its name. Arrays are copied so a page cannot change the lecture's numbers by accident.
 */
public record RegressionData(String nameKey, double[] x, double[] y) {

    /** Lecture 000: six points on Y = 3X + 1, fitted by Keras Dense(1). */
    public static final RegressionData LINE_3X_PLUS_1 = new RegressionData("curRegression.data.line",
            new double[] {-1, 0, 1, 2, 3, 4}, new double[] {-2, 1, 4, 7, 10, 13});

    /** Lecture 001: height (cm) to weight (kg) of five people, fitted by scikit-learn. */
    public static final RegressionData HEIGHT_WEIGHT = new RegressionData("curRegression.data.height",
            new double[] {174, 152, 138, 128, 186}, new double[] {71, 55, 46, 38, 88});

    /** Lecture 001's lab: X = 1..5. */
    public static final RegressionData LAB = new RegressionData("curRegression.data.lab",
            new double[] {1, 2, 3, 4, 5}, new double[] {1.0, 2.0, 1.6, 3.8, 2.3});

    public RegressionData {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("need at least two (x, y) pairs of equal length");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Mean squared error of the line y = w x + b on these points (Keras' MSE: the mean, no 1/2). */
    public double meanSquaredError(double w, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double d = w * x[i] + b - y[i];
            sum += d * d;
        }
        return sum / x.length;
    }
}
