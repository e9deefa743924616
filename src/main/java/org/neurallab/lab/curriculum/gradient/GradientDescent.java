package org.neurallab.lab.curriculum.gradient;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Lecture 002's {@code gradient_descent(f, init_x, lr, step_num)}: step_num times, x -= lr * grad with the
 * numerical gradient (h = 1e-4). Keeps every point so a page can draw the path.
 */
public final class GradientDescent {
    /** The lecture's defaults: {@code lr=0.01, step_num=100}. */
    public static final double LECTURE_RATE = 0.01;
    public static final int LECTURE_STEPS = 100;

    private final double[][] path;

    private GradientDescent(double[][] path) {
        this.path = path;
    }

    public static GradientDescent run(ToDoubleFunction<double[]> f, double[] initX, double lr, int steps) {
        double[] x = initX.clone();
        double[][] path = new double[steps + 1][];
        path[0] = x.clone();
        for (int s = 1; s <= steps; s++) {
            double[] grad = NumericalGradient.of(f, x, NumericalDerivative.LECTURE_H);
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * grad[i];
            }
            path[s] = x.clone();
        }
        return new GradientDescent(path);
    }

    public double[] last() {
        return path[path.length - 1].clone();
    }

    /** Number of points, the start included. */
    public int length() {
        return path.length;
    }

    public double[] point(int i) {
        return path[i].clone();
    }

    /** Coordinate {@code k} of every point (e.g. all x0), for drawing. */
    public double[] coordinate(int k) {
        return Arrays.stream(path).mapToDouble(p -> p[k]).toArray();
    }

    /** Ended farther from the minimum at 0 than it started: the steps overshoot and grow. */
    public boolean diverged() {
        return norm(path[path.length - 1]) > norm(path[0]) || !Double.isFinite(norm(path[path.length - 1]));
    }

    private static double norm(double[] p) {
        return Math.hypot(p[0], p[1]);
    }
}
