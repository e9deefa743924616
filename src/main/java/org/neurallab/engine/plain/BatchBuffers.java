package org.neurallab.engine.plain;

/** Per-batch work arrays of a {@link DenseNet}, grown only when a larger batch arrives. */
final class BatchBuffers {
    private final int[] sizes;
    private final int widest;
    private int capacity;
    double[] input;
    final double[][] sums;
    final double[][] outputs;
    /** dL/d(layer output) on the way back; two arrays used in turn. */
    double[] delta;
    double[] spare;

    BatchBuffers(int[] sizes) {
        this.sizes = sizes;
        int w = 0;
        for (int s : sizes) {
            w = Math.max(w, s);
        }
        this.widest = w;
        this.sums = new double[sizes.length - 1][];
        this.outputs = new double[sizes.length - 1][];
        ensure(1);
    }

    void ensure(int rows) {
        if (rows <= capacity) {
            return;
        }
        capacity = rows;
        input = new double[rows * sizes[0]];
        for (int l = 0; l < sums.length; l++) {
            sums[l] = new double[rows * sizes[l + 1]];
            outputs[l] = new double[rows * sizes[l + 1]];
        }
        delta = new double[rows * widest];
        spare = new double[rows * widest];
    }
}
