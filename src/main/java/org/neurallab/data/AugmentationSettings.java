package org.neurallab.data;

/**
 * Ranges for random augmentation. Each image gets a rotation in [-rotationDeg, rotationDeg], a zoom factor in
 * [1 - zoom, 1 + zoom], a shift in [-shiftPx, shiftPx] on each axis and, if {@code flip}, a horizontal flip
 * half of the time. Flipping suits clothing (Fashion-MNIST), not digits.
 *
 * <p>The drawing and scanning changes are each applied to about half of the images, so clean ones stay
 * common: a slant in [-shearDeg, shearDeg], an elastic wobble of strength up to {@code elastic} (Simard's
 * alpha; 34 is strong), strokes wider or narrower by up to {@code strokePx} pixels, a blur of up to
 * {@code blur} pixels (Gaussian sigma) and noise of up to {@code noise} (standard deviation, ink = 1).
 * {@code thinPx} thins the strokes of half of the images by up to that many pixels, besides {@code strokePx}: thin
 * pens are the hardest stroke change to read, and a symmetric range rarely thins by more than a pixel.
 */
public record AugmentationSettings(double rotationDeg, double zoom, double shiftPx, boolean flip,
                                   double shearDeg, double elastic, double strokePx, double blur, double noise,
                                   double thinPx) {
    public static final AugmentationSettings NONE = new AugmentationSettings(0, 0, 0, false);

    public AugmentationSettings {
        check("rotationDeg", rotationDeg, 180);
        check("zoom", zoom, 0.9);
        check("shiftPx", shiftPx, 14);
        check("shearDeg", shearDeg, 60);
        check("elastic", elastic, 100);
        check("strokePx", strokePx, 4);
        check("blur", blur, 3);
        check("noise", noise, 0.5);
        check("thinPx", thinPx, 4);
    }

    /** Without the extra thinning. */
    public AugmentationSettings(double rotationDeg, double zoom, double shiftPx, boolean flip,
                                double shearDeg, double elastic, double strokePx, double blur, double noise) {
        this(rotationDeg, zoom, shiftPx, flip, shearDeg, elastic, strokePx, blur, noise, 0);
    }

    /** Only the geometric ranges of the Training lab (no drawing or scanning changes). */
    public AugmentationSettings(double rotationDeg, double zoom, double shiftPx, boolean flip) {
        this(rotationDeg, zoom, shiftPx, flip, 0, 0, 0, 0, 0, 0);
    }

    public boolean isNone() {
        return rotationDeg == 0 && zoom == 0 && shiftPx == 0 && !flip && shearDeg == 0 && elastic == 0
                && strokePx == 0 && blur == 0 && noise == 0 && thinPx == 0;
    }

    private static void check(String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(name + " must be within 0.." + max + ", was " + value);
        }
    }
}
