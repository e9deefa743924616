package org.neurallab.lab.convolution;

/**
 * Plain 2D convolution as CNNs use it (no kernel flip: each output cell is the sum of the window times the kernel,
 * like the lecture's 1x5 + 2x6 + 3x7 + 4x8 = 70). Zero padding of p cells on every side, stride s.
 */
public final class Convolution {
    private Convolution() {
    }

    public static double[][] apply(double[][] image, double[][] kernel, int stride, int padding) {
        Grids.requireRectangular(image, "image");
        Grids.requireRectangular(kernel, "kernel");
        int outH = OutputSize.of(image.length, kernel.length, padding, stride);
        int outW = OutputSize.of(image[0].length, kernel[0].length, padding, stride);
        double[][] out = new double[outH][outW];
        for (int r = 0; r < outH; r++) {
            for (int c = 0; c < outW; c++) {
                out[r][c] = window(image, kernel, stride, padding, r, c).sum();
            }
        }
        return out;
    }

    /** The multiply-adds behind output cell (row, col): what the sliding-window animation shows. */
    public static Window window(double[][] image, double[][] kernel, int stride, int padding, int row, int col) {
        int top = row * stride - padding;
        int left = col * stride - padding;
        int kh = kernel.length;
        int kw = kernel[0].length;
        double[][] inputs = new double[kh][kw];
        double sum = 0;
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                inputs[i][j] = Grids.at(image, top + i, left + j);
                sum += inputs[i][j] * kernel[i][j];
            }
        }
        return new Window(row, col, top, left, inputs, Grids.copy(kernel), sum);
    }

    /**
     * One window position. {@code top}/{@code left} are in input coordinates and may be negative inside the padding.
     */
    public record Window(int row, int col, int top, int left, double[][] inputs, double[][] weights, double sum) {
        public double product(int i, int j) {
            return inputs[i][j] * weights[i][j];
        }
    }
}
