package org.neurallab.lab.curriculum.gradient;

import java.util.function.ToDoubleFunction;

/**
 * Lecture 002's {@code numerical_gradient}: the central difference for each coordinate in turn, the others
 * held fixed, on the array itself (changed and put back), so the rounding is exactly the lecture's.
 */
public final class NumericalGradient {

    private NumericalGradient() {
    }

    /** f(x0, x1) = x0² + x1², the lecture's example for partial derivatives. */
    public static double sumOfSquares(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return sum;
    }

    public static double[] of(ToDoubleFunction<double[]> f, double[] x, double h) {
        double[] grad = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double keep = x[i];
            x[i] = keep + h;
            double plus = f.applyAsDouble(x);
            x[i] = keep - h;
            double minus = f.applyAsDouble(x);
            grad[i] = (plus - minus) / (2 * h);
            x[i] = keep;
        }
        return grad;
    }
}
