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
        double shear = halfTheTime(rng, settings.shearDeg()) ? symmetric(rng, settings.shearDeg()) : 0;
        float[][] field = halfTheTime(rng, settings.elastic())
                ? ImageDistortions.elasticField(ImageDistortions.sideOf(img), rng.nextDouble() * settings.elastic(), rng)
                : null;
        float[] out = ImageDistortions.warp(img, angle, zoom, shear, dx, dy, flip, field);
        if (halfTheTime(rng, settings.strokePx())) {
            out = ImageDistortions.strokeWidth(out, symmetric(rng, settings.strokePx()));
        }
        if (halfTheTime(rng, settings.thinPx())) {
            out = ImageDistortions.strokeWidth(out, -rng.nextDouble() * settings.thinPx());
        }
        if (halfTheTime(rng, settings.blur())) {
            out = ImageDistortions.blur(out, rng.nextDouble() * settings.blur());
        }
        if (halfTheTime(rng, settings.noise())) {
            out = ImageDistortions.noise(out, rng.nextDouble() * settings.noise(), rng);
        }
        return out;
    }

    /**
     * Flip (optional), then rotate by {@code rotationDeg} (counter-clockwise on screen) and zoom by
     * {@code zoom} about the centre, then shift by (shiftX, shiftY) pixels. Pixels from outside are 0.
     */
    public static float[] transform(float[] img, double rotationDeg, double zoom, double shiftX, double shiftY,
                                    boolean flip) {
        return ImageDistortions.warp(img, rotationDeg, zoom, 0, shiftX, shiftY, flip, null);
    }

    private static boolean halfTheTime(Random rng, double range) {
        return range > 0 && rng.nextBoolean();
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
}
