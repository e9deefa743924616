package org.neurallab.lab.convolution;

/**
 * How a conv layer treats a colour image: one kernel slice per channel, each channel convolved on its own, then the
 * channel maps added into a single feature map.
 */
public final class ColourConvolution {
    private ColourConvolution() {
    }

    /** Per-channel maps and their sum. */
    public record Result(double[][][] perChannel, double[][] sum) {
    }

    public static Result apply(double[][][] channels, double[][][] kernels, int stride, int padding) {
        if (channels.length != kernels.length) {
            throw new IllegalArgumentException("kernels must have one slice per image channel: image has "
                    + channels.length + " channels, kernel has " + kernels.length + " slices");
        }
        double[][][] maps = new double[channels.length][][];
        for (int ch = 0; ch < channels.length; ch++) {
            maps[ch] = Convolution.apply(channels[ch], kernels[ch], stride, padding);
        }
        double[][] sum = new double[maps[0].length][maps[0][0].length];
        for (double[][] map : maps) {
            for (int r = 0; r < sum.length; r++) {
                for (int c = 0; c < sum[0].length; c++) {
                    sum[r][c] += map[r][c];
                }
            }
        }
        return new Result(maps, sum);
    }

    /** The same 2D kernel for every channel, as a starting point students can then vary. */
    public static double[][][] sameForEach(double[][] kernel, int channels) {
        double[][][] out = new double[channels][][];
        for (int ch = 0; ch < channels; ch++) {
            out[ch] = Grids.copy(kernel);
        }
        return out;
    }
}
