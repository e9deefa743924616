package org.neurallab.engine.model;

/** Shape formatting in the Keras style, "(None, 26, 26, 64)"-like but in our channel-first order. */
public final class Shapes {
    private Shapes() {
    }

    public static String format(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    public static long[] batchShape(long batch, int[] shape) {
        long[] out = new long[shape.length + 1];
        out[0] = batch;
        for (int i = 0; i < shape.length; i++) {
            out[i + 1] = shape[i];
        }
        return out;
    }

    public static int product(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** The lectures' output-size formula for convolution and pooling: floor((n - f + 2p) / s) + 1. */
    public static int convOutput(int n, int f, int p, int s) {
        return Math.floorDiv(n - f + 2 * p, s) + 1;
    }
}
