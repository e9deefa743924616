package org.neurallab.lab.convolution;

/**
 * An image as the lab sees it: 1 (grey) or 3 (red, green, blue) channels of numbers from 0 (dark) to 1 (bright).
 * {@code name} is shown to the user as is (a file name) or is a bundle key suffix for built-in samples.
 */
public record LabImage(String name, double[][][] channels) {
    public LabImage {
        if (channels == null || (channels.length != 1 && channels.length != 3)) {
            throw new IllegalArgumentException("image " + name + " must have 1 or 3 channels");
        }
        for (double[][] ch : channels) {
            Grids.requireRectangular(ch, "image " + name);
            if (ch.length != channels[0].length || ch[0].length != channels[0][0].length) {
                throw new IllegalArgumentException("image " + name + ": all channels must have the same size");
            }
        }
    }

    public static LabImage grey(String name, double[][] pixels) {
        return new LabImage(name, new double[][][] {pixels});
    }

    public int height() {
        return channels[0].length;
    }

    public int width() {
        return channels[0][0].length;
    }

    public boolean isColour() {
        return channels.length == 3;
    }

    /** Brightness (ITU-R BT.601 weights) for colour images, the single channel otherwise. */
    public double[][] grey() {
        if (!isColour()) {
            return channels[0];
        }
        double[][] out = new double[height()][width()];
        for (int r = 0; r < height(); r++) {
            for (int c = 0; c < width(); c++) {
                out[r][c] = 0.299 * channels[0][r][c] + 0.587 * channels[1][r][c] + 0.114 * channels[2][r][c];
            }
        }
        return out;
    }
}
