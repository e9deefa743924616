package org.neurallab.lab.convolution;

/**
 * Colour for a signed value: blue for negative, white for zero, red for positive, stronger the further from zero.
 * Returned as 0xRRGGBB so the view (and tests) need no JavaFX here.
 */
public final class DivergingColours {
    private DivergingColours() {
    }

    public static int rgb(double value, double maxAbs) {
        double t = maxAbs <= 0 || !Double.isFinite(value) ? 0 : Math.max(-1, Math.min(1, value / maxAbs));
        // Ends: a red (178, 24, 43) and a blue (33, 102, 172) from the ColorBrewer RdBu scheme, white in between.
        int r;
        int g;
        int b;
        if (t >= 0) {
            r = mix(255, 178, t);
            g = mix(255, 24, t);
            b = mix(255, 43, t);
        } else {
            r = mix(255, 33, -t);
            g = mix(255, 102, -t);
            b = mix(255, 172, -t);
        }
        return (r << 16) | (g << 8) | b;
    }

    /** Grey for an image value in 0..1 (0 black, 1 white). */
    public static int grey(double value) {
        int v = (int) Math.round(255 * Math.max(0, Math.min(1, value)));
        return (v << 16) | (v << 8) | v;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
