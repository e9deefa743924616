package org.neurallab.lab.curriculum.activation;

import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Engine;

/**
 * Softmax two ways. The textbook formula exp(a_k) / sum exp(a_i) straight away (lecture 002's first
 * {@code softmax}) overflows: exp(1010) is beyond the largest double, infinity / infinity is NaN. The
 * engine's softmax subtracts the largest input first, which changes nothing mathematically (the factor
 * exp(-max) cancels) but keeps every exponent at most 0.
 */
public final class Softmax {
    private Softmax() {
    }

    /** exp of each input, as the naive formula computes it (may be infinite). */
    public static double[] exp(double[] a) {
        double[] e = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            e[i] = Math.exp(a[i]);
        }
        return e;
    }

    /** The naive formula, with no protection: NaN once any exp overflows. */
    public static double[] naive(double[] a) {
        double[] e = exp(a);
        double sum = 0;
        for (double v : e) {
            sum += v;
        }
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = e[i] / sum;
        }
        return y;
    }

    /** The inputs minus their maximum: what the stable version exponentiates. */
    public static double[] shifted(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            max = Math.max(max, v);
        }
        double[] s = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = a[i] - max;
        }
        return s;
    }

    /** The engine's softmax (max subtracted first), in double precision. */
    public static double[] engine(double[] a) {
        Engine.warmUp();
        return Activation.softmaxRows(Nd4j.createFromArray(a).reshape(1, a.length)).toDoubleVector();
    }
}
