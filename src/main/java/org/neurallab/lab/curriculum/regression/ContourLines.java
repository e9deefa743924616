package org.neurallab.lab.curriculum.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a function sampled on a grid, by marching squares: each grid cell whose corners lie on
 * both sides of the level gets a short segment between the edge crossings (linear interpolation).
 * Segments are enough for drawing; they are not joined into long lines.
 */
public final class ContourLines {

    private ContourLines() {
    }

    /**
     * @param values values[row][col], row 0 at y0 and the last row at y1; col 0 at x0
     * @return segments as {xa, ya, xb, yb} in world coordinates
     */
    public static List<double[]> segments(double[][] values, double x0, double x1, double y0, double y1, double level) {
        List<double[]> out = new ArrayList<>();
        int rows = values.length;
        int cols = values[0].length;
        double dx = (x1 - x0) / (cols - 1);
        double dy = (y1 - y0) / (rows - 1);
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int r = 0; r < rows - 1; r++) {
            for (int c = 0; c < cols - 1; c++) {
                // corners counter-clockwise from bottom-left, and the four edges between them
                double[] v = {values[r][c], values[r][c + 1], values[r + 1][c + 1], values[r + 1][c]};
                double[] cx = {x0 + c * dx, x0 + (c + 1) * dx, x0 + (c + 1) * dx, x0 + c * dx};
                double[] cy = {y0 + r * dy, y0 + r * dy, y0 + (r + 1) * dy, y0 + (r + 1) * dy};
                int n = 0;
                for (int e = 0; e < 4; e++) {
                    double a = v[e];
                    double b = v[(e + 1) % 4];
                    if ((a < level) != (b < level) && Double.isFinite(a) && Double.isFinite(b)) {
                        double t = (level - a) / (b - a);
                        xs[n] = cx[e] + t * (cx[(e + 1) % 4] - cx[e]);
                        ys[n] = cy[e] + t * (cy[(e + 1) % 4] - cy[e]);
                        n++;
                    }
                }
                // two crossings: one segment; four (a saddle): pair them in order around the cell
                for (int k = 0; k + 1 < n; k += 2) {
                    out.add(new double[] {xs[k], ys[k], xs[k + 1], ys[k + 1]});
                }
            }
        }
        return out;
    }
}
