package org.neurallab.lab.curriculum.gradient;

/**
 * Lecture 002's numerical differentiation. The central difference (f(x+h) - f(x-h)) / 2h is what the
 * lecture's {@code numerical_diff} uses with h = 1e-4; the forward difference (f(x+h) - f(x)) / h is the
 * textbook limit without the limit. A smaller h is not always better: once h is tiny, x + h rounds back
 * to x (or h itself rounds to 0 in float32) and the difference is lost.
 */
public final class NumericalDerivative {
    /** The lecture's {@code h = 1e-4 # 0.0001}. */
    public static final double LECTURE_H = 1e-4;
    /** The "very small h" that goes wrong. */
    public static final double TINY_H = 1e-50;

    private NumericalDerivative() {
    }

    public static double central(LectureFunction f, double x, double h) {
        return (f.value(x + h) - f.value(x - h)) / (2 * h);
    }

    public static double forward(LectureFunction f, double x, double h) {
        return (f.value(x + h) - f.value(x)) / h;
    }

    /** The central difference in float32: h is rounded to float first, as {@code np.float32(h)} would be. */
    public static double centralFloat32(LectureFunction f, double x, double h) {
        float xf = (float) x;
        float hf = (float) h;
        return (f.value(xf + hf) - f.value(xf - hf)) / (2 * hf);
    }
}
