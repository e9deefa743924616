package org.neurallab.data;

import java.util.Random;

/**
 * Rotates, zooms, shifts and flips square grayscale images around their centre with bilinear sampling.
 * Each output pixel looks up where it came from (inverse mapping), so there are no holes.
 */
public final class Augmenter {
    private final AugmentationSettings settings;

    public Augmenter(AugmentationSettings settings) {
        this.settings = settings;
    }

    public AugmentationSettings settings() {
        return settings;
    }

    /** A new image transformed with parameters drawn from the settings' ranges. */
    public float[] augment(float[] img, Random rng) {
        if (settings.isNone()) {
            return img.clone();
        }
        double angle = symmetric(rng, settings.rotationDeg());
        double zoom = 1 + symmetric(rng, settings.zoom());
        double dx = symmetric(rng, settings.shiftPx());
        double dy = symmetric(rng, settings.shiftPx());
        boolean flip = settings.flip() && rng.nextBoolean();
        return transform(img, angle, zoom, dx, dy, flip);
    }

    /**
     * Flip (optional), then rotate by {@code rotationDeg} (counter-clockwise on screen) and zoom by
     * {@code zoom} about the centre, then shift by (shiftX, shiftY) pixels. Pixels from outside are 0.
     */
    public static float[] transform(float[] img, double rotationDeg, double zoom, double shiftX, double shiftY,
                                    boolean flip) {
        int side = sideOf(img);
        if (zoom <= 0) {
            throw new IllegalArgumentException("zoom must be > 0, was " + zoom);
        }
        double c = (side - 1) / 2.0;
        double rad = Math.toRadians(rotationDeg);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        float[] out = new float[img.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                // Undo shift, then zoom, then rotation (y grows downwards, so this rotation is counter-clockwise).
                double ux = (x - shiftX - c) / zoom;
                double uy = (y - shiftY - c) / zoom;
                double sx = cos * ux - sin * uy + c;
                double sy = sin * ux + cos * uy + c;
                if (flip) {
                    sx = side - 1 - sx;
                }
                out[y * side + x] = sample(img, side, sx, sy);
            }
        }
        return out;
    }

    /** Bilinear interpolation; points outside the image read as background (0). */
    static float sample(float[] img, int side, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = pixel(img, side, x0, y0) * (1 - fx) + pixel(img, side, x0 + 1, y0) * fx;
        double bottom = pixel(img, side, x0, y0 + 1) * (1 - fx) + pixel(img, side, x0 + 1, y0 + 1) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static float pixel(float[] img, int side, int x, int y) {
        return x < 0 || y < 0 || x >= side || y >= side ? 0f : img[y * side + x];
    }

    private static double symmetric(Random rng, double range) {
        return range == 0 ? 0 : (rng.nextDouble() * 2 - 1) * range;
    }

    private static int sideOf(float[] img) {
        int side = (int) Math.round(Math.sqrt(img.length));
        if (side * side != img.length || side == 0) {
            throw new IllegalArgumentException("image must be square (e.g. 784 = 28x28 pixels), has "
                    + img.length + " pixels");
        }
        return side;
    }
}
