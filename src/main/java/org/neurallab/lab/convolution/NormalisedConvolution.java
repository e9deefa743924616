package org.neurallab.lab.convolution;

/**
 * Convolution where both the window and the kernel are scaled to length 1 first, so each output cell is the cosine
 * of the angle between them: 1 means "the same pattern", 0 "nothing in common" (lecture 002, filter A).
 */
public final class NormalisedConvolution {
    private NormalisedConvolution() {
    }

    public static double[][] apply(double[][] image, double[][] kernel, int stride, int padding) {
        Grids.requireRectangular(kernel, "kernel");
        double kernelLength = length(kernel);
        if (kernelLength == 0) {
            throw new IllegalArgumentException("kernel must have at least one non-zero weight to be normalised");
        }
        Grids.requireRectangular(image, "image");
        int outH = OutputSize.of(image.length, kernel.length, padding, stride);
        int outW = OutputSize.of(image[0].length, kernel[0].length, padding, stride);
        double[][] out = new double[outH][outW];
        for (int r = 0; r < outH; r++) {
            for (int c = 0; c < outW; c++) {
                Convolution.Window w = Convolution.window(image, kernel, stride, padding, r, c);
                double windowLength = length(w.inputs());
                // An all-zero window has no direction; call it "not similar" instead of dividing by zero.
                out[r][c] = windowLength == 0 ? 0 : w.sum() / (windowLength * kernelLength);
            }
        }
        return out;
    }

    /** The grid scaled to Euclidean length 1 (what the lecture prints as 0.471 / 0.516 ...). */
    public static double[][] unit(double[][] grid) {
        double len = length(grid);
        double[][] out = Grids.copy(grid);
        if (len == 0) {
            return out;
        }
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= len;
            }
        }
        return out;
    }

    static double length(double[][] grid) {
        double s = 0;
        for (double[] row : grid) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }
}
