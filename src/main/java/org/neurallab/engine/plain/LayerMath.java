package org.neurallab.engine.plain;

import org.neurallab.engine.activation.Activation;

/**
 * Forward and backward of one Dense layer on row-major batches: y = f(x W + b), then
 * dz = dy * f'(z), dW = x^T dz, db = column sums of dz, dx = dz W^T (the lectures' Affine layer).
 */
final class LayerMath {
    private LayerMath() {
    }

    /**
     * @param x   n rows of {@code in} values
     * @param z   receives the weighted sums, n rows of {@code out} (may be the same array as y)
     * @param y   receives f(z)
     */
    static void forward(double[] x, int n, int in, int out, double[] w, double[] b, Activation f,
                        double[] z, double[] y) {
        for (int r = 0; r < n; r++) {
            int zRow = r * out;
            int xRow = r * in;
            System.arraycopy(b, 0, z, zRow, out);
            for (int i = 0; i < in; i++) {
                double xi = x[xRow + i];
                int wRow = i * out;
                for (int j = 0; j < out; j++) {
                    z[zRow + j] += xi * w[wRow + j];
                }
            }
            if (f == Activation.SOFTMAX) {
                if (y != z) {
                    System.arraycopy(z, zRow, y, zRow, out);
                }
                OutputLoss.softmaxInPlace(y, zRow, out);
            } else if (f != Activation.LINEAR || y != z) {
                for (int j = zRow; j < zRow + out; j++) {
                    y[j] = ScalarActivation.apply(f, z[j]);
                }
            }
        }
    }

    /**
     * @param dy    dL/dy for n rows; overwritten with dL/dz (all 0 for the step function)
     * @param dx    receives dL/dx (n rows of {@code in}), or null for the first layer
     */
    static void backward(double[] dy, int n, int in, int out, double[] w, Activation f, double[] z, double[] y,
                         double[] x, double[] gw, double[] gb, double[] dx) {
        // The step function's slope is 0 wherever it is defined, so its layer passes back no gradient at all:
        // nothing before it (nor its own weights) changes. The Playground lets students see exactly that.
        for (int r = 0; r < n; r++) {
            int row = r * out;
            if (f == Activation.SOFTMAX) {
                // dz = y * (dy - sum(dy * y)): the softmax Jacobian times dy.
                double dot = 0;
                for (int j = row; j < row + out; j++) {
                    dot += dy[j] * y[j];
                }
                for (int j = row; j < row + out; j++) {
                    dy[j] = (dy[j] - dot) * y[j];
                }
            } else if (f != Activation.LINEAR) {
                for (int j = row; j < row + out; j++) {
                    dy[j] *= f.derivative(z[j], y[j]);
                }
            }
        }
        java.util.Arrays.fill(gw, 0);
        java.util.Arrays.fill(gb, 0);
        for (int r = 0; r < n; r++) {
            int row = r * out;
            int xRow = r * in;
            for (int j = 0; j < out; j++) {
                gb[j] += dy[row + j];
            }
            for (int i = 0; i < in; i++) {
                double xi = x[xRow + i];
                int wRow = i * out;
                double sum = 0;
                for (int j = 0; j < out; j++) {
                    gw[wRow + j] += xi * dy[row + j];
                    sum += dy[row + j] * w[wRow + j];
                }
                if (dx != null) {
                    dx[xRow + i] = sum;
                }
            }
        }
    }
}
