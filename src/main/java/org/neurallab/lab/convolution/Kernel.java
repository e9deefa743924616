package org.neurallab.lab.convolution;

/**
 * A named grid of weights. {@code id} is the gallery name (also the resource-bundle key suffix) or "custom".
 */
public record Kernel(String id, double[][] weights) {
    public Kernel {
        Grids.requireRectangular(weights, "kernel " + id);
        weights = Grids.copy(weights);
    }

    public int rows() {
        return weights.length;
    }

    public int cols() {
        return weights[0].length;
    }

    public double sum() {
        double s = 0;
        for (double[] row : weights) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    /**
     * Weights divided by their sum, so a flat area keeps its brightness (blur becomes an average). Kernels whose
     * weights add up to zero (edge, Sobel) detect change and have nothing to divide by: they come back unchanged.
     */
    public double[][] normalised() {
        double s = sum();
        double[][] out = Grids.copy(weights);
        if (Math.abs(s) < 1e-12) {
            return out;
        }
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= s;
            }
        }
        return out;
    }

    /** A copy of the weights, so callers cannot change the kernel behind its back. */
    @Override
    public double[][] weights() {
        return Grids.copy(weights);
    }
}
