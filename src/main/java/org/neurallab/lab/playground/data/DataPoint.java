package org.neurallab.lab.playground.data;

/**
 * One point of a 2D dataset. For classification the label is the class number (0, 1, ... ; for two
 * classes 1 is the "positive", blue class); for regression it is the target value in [-1, 1].
 */
public record DataPoint(double x1, double x2, double label) {

    public DataPoint {
        if (!Double.isFinite(x1) || !Double.isFinite(x2) || !Double.isFinite(label)) {
            throw new IllegalArgumentException("a point needs finite x1, x2 and label, got ("
                    + x1 + ", " + x2 + ", " + label + ")");
        }
    }

    /** The class number of a classification point. */
    public int classIndex() {
        return (int) Math.round(label);
    }
}
