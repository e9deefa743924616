package org.neurallab.lab.convolution;

/** Checks and copies for the rectangular number grids (images, kernels, feature maps) this lab works on. */
public final class Grids {
    private Grids() {
    }

    /** Throws when the grid is empty or ragged; {@code what} names it in the message. */
    public static void requireRectangular(double[][] grid, String what) {
        if (grid == null || grid.length == 0 || grid[0] == null || grid[0].length == 0) {
            throw new IllegalArgumentException(what + " must have at least one row and one column");
        }
        for (double[] row : grid) {
            if (row == null || row.length != grid[0].length) {
                throw new IllegalArgumentException(what + " must be rectangular: every row needs "
                        + grid[0].length + " values");
            }
        }
    }

    public static double[][] copy(double[][] grid) {
        double[][] out = new double[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            out[r] = grid[r].clone();
        }
        return out;
    }

    /** Value at (r, c) of the grid surrounded by zeros (the padding). */
    public static double at(double[][] grid, int r, int c) {
        if (r < 0 || c < 0 || r >= grid.length || c >= grid[0].length) {
            return 0.0;
        }
        return grid[r][c];
    }

    public static double maxAbs(double[][] grid) {
        double m = 0;
        for (double[] row : grid) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }
}
