package org.neurallab.lab.curriculum.gradient;

/**
 * How far each numerical derivative is from the exact one, for h from 1 down to 1e-20: large h makes the
 * secant a poor tangent (truncation error), tiny h loses the difference to rounding. Between the two lies
 * a sweet spot, near 1e-5 for the central difference in float64.
 */
public final class ErrorSweep {
    /** Exponents of h: 10^0 .. 10^-20 in quarter decades. */
    public static final double TOP = 0;
    public static final double BOTTOM = -20;
    private static final int STEPS_PER_DECADE = 4;

    private final double[] log10H;
    private final double[] central;
    private final double[] forward;
    private final double[] central32;

    private ErrorSweep(int n) {
        log10H = new double[n];
        central = new double[n];
        forward = new double[n];
        central32 = new double[n];
    }

    public static ErrorSweep of(LectureFunction f, double x) {
        int n = (int) Math.round((TOP - BOTTOM) * STEPS_PER_DECADE) + 1;
        ErrorSweep s = new ErrorSweep(n);
        double exact = f.slope(x);
        for (int i = 0; i < n; i++) {
            double e = TOP - (double) i / STEPS_PER_DECADE;
            double h = Math.pow(10, e);
            s.log10H[i] = e;
            s.central[i] = Math.abs(NumericalDerivative.central(f, x, h) - exact);
            s.forward[i] = Math.abs(NumericalDerivative.forward(f, x, h) - exact);
            s.central32[i] = Math.abs(NumericalDerivative.centralFloat32(f, x, h) - exact);
        }
        return s;
    }

    public double[] log10H() {
        return log10H.clone();
    }

    /** Absolute errors; NaN where float32 divided 0 by 0. */
    public double[] central() {
        return central.clone();
    }

    public double[] forward() {
        return forward.clone();
    }

    public double[] central32() {
        return central32.clone();
    }

    /** The h (a power of ten in quarter decades) where the central difference in float64 errs least. */
    public double bestCentralH() {
        int best = 0;
        for (int i = 1; i < central.length; i++) {
            // ties (an error of exactly 0, e.g. for x²) go to the larger, safer h
            if (central[i] < central[best]) {
                best = i;
            }
        }
        return Math.pow(10, log10H[best]);
    }
}
