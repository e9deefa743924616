package org.neurallab.lab.convolution;

/** Max and average pooling (no padding), as in lecture 000's 4x4 example. */
public final class Pooling {
    public enum Kind { MAX, AVERAGE }

    private Pooling() {
    }

    public static double[][] apply(double[][] map, Kind kind, int pool, int stride) {
        Grids.requireRectangular(map, "feature map");
        int outH = OutputSize.of(map.length, pool, 0, stride);
        int outW = OutputSize.of(map[0].length, pool, 0, stride);
        double[][] out = new double[outH][outW];
        for (int r = 0; r < outH; r++) {
            for (int c = 0; c < outW; c++) {
                double max = Double.NEGATIVE_INFINITY;
                double sum = 0;
                for (int i = 0; i < pool; i++) {
                    for (int j = 0; j < pool; j++) {
                        double v = map[r * stride + i][c * stride + j];
                        max = Math.max(max, v);
                        sum += v;
                    }
                }
                out[r][c] = kind == Kind.MAX ? max : sum / (pool * pool);
            }
        }
        return out;
    }

    public static double[][] max(double[][] map, int pool, int stride) {
        return apply(map, Kind.MAX, pool, stride);
    }

    public static double[][] average(double[][] map, int pool, int stride) {
        return apply(map, Kind.AVERAGE, pool, stride);
    }
}
