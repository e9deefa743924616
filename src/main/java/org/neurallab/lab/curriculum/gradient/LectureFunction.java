package org.neurallab.lab.curriculum.gradient;

/**
 * Functions of one variable from lecture 002 to differentiate numerically, each with its exact derivative
 * (to measure the error) and a single-precision twin (float32, to show how much sooner rounding bites).
 */
public enum LectureFunction {
    /** The lecture's activation function; its exact slope is sigmoid(x)(1 - sigmoid(x)). */
    SIGMOID("curGradient.fn.sigmoid") {
        @Override
        public double value(double x) {
            return 1 / (1 + Math.exp(-x));
        }

        @Override
        public float value(float x) {
            return 1f / (1f + (float) Math.exp(-x));
        }

        @Override
        public double slope(double x) {
            double s = value(x);
            return s * (1 - s);
        }
    },
    /** f(x0, x1) = x0² + x1² along x0 with x1 held fixed, as the lecture's partial derivative does. */
    SQUARE("curGradient.fn.square") {
        @Override
        public double value(double x) {
            return x * x + 16;
        }

        @Override
        public float value(float x) {
            return x * x + 16f;
        }

        @Override
        public double slope(double x) {
            return 2 * x;
        }
    };

    private final String nameKey;

    LectureFunction(String nameKey) {
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }

    public abstract double value(double x);

    /** The same function computed in float32 throughout. */
    public abstract float value(float x);

    /** The exact derivative. */
    public abstract double slope(double x);
}
