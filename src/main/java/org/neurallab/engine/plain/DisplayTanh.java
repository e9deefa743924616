package org.neurallab.engine.plain;

/**
 * tanh for pictures: a rational function x P(x^2) / Q(x^2) on [-9, 9], constant +-1 beyond, with no
 * branch and no call so the JIT turns a loop over an array into vector instructions (Math.tanh is not a
 * CPU intrinsic in Java 17, and even the exp form costs ~10 ns a value). Its largest error against
 * Math.tanh is about 2.3e-8 (DisplayTanhTest bounds it by 5e-8): invisible in a heatmap, so only the
 * heatmap uses it; training keeps {@link ScalarActivation#tanh}, which is exact to rounding.
 *
 * <p>The coefficients were fitted for this class by iteratively reweighted least squares on the
 * linearised problem P(s) x - tanh(x) Q(s) = 0 over 20,001 points of [0, 9] (degree 4 over 4 in
 * s = x^2, Q(0) = 1); 1 - tanh(9) is 3e-8, so clamping at 9 stays within the same bound.
 */
final class DisplayTanh {
    private static final double LIMIT = 9.0;
    private static final double P0 = 0.9999999102673677;
    private static final double P1 = 0.13373965037594154;
    private static final double P2 = 0.0034874541829323434;
    private static final double P3 = 2.0484559231523268e-05;
    private static final double P4 = 1.3198741701014147e-08;
    private static final double Q1 = 0.4670726342956547;
    private static final double Q2 = 0.025845399649680544;
    private static final double Q3 = 0.0003272742321172548;
    private static final double Q4 = 7.709268549036557e-07;

    private DisplayTanh() {
    }

    static double tanh(double z) {
        double x = Math.max(-LIMIT, Math.min(LIMIT, z));
        double s = x * x;
        double p = (((P4 * s + P3) * s + P2) * s + P1) * s + P0;
        double q = (((Q4 * s + Q3) * s + Q2) * s + Q1) * s + 1.0;
        return x * p / q;
    }

    /** Replaces v[from..to) by its tanh (the loop the JIT vectorizes). */
    static void applyInPlace(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            v[i] = tanh(v[i]);
        }
    }
}
