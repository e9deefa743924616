package org.neurallab.data;

/**
 * Ranges for random augmentation. Each image gets a rotation in [-rotationDeg, rotationDeg], a zoom factor in
 * [1 - zoom, 1 + zoom], a shift in [-shiftPx, shiftPx] on each axis and, if {@code flip}, a horizontal flip
 * half of the time. Flipping suits clothing (Fashion-MNIST), not digits.
 */
public record AugmentationSettings(double rotationDeg, double zoom, double shiftPx, boolean flip) {
    public static final AugmentationSettings NONE = new AugmentationSettings(0, 0, 0, false);

    public AugmentationSettings {
        check("rotationDeg", rotationDeg, 180);
        check("zoom", zoom, 0.9);
        check("shiftPx", shiftPx, 14);
    }

    public boolean isNone() {
        return rotationDeg == 0 && zoom == 0 && shiftPx == 0 && !flip;
    }

    private static void check(String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(name + " must be within 0.." + max + ", was " + value);
        }
    }
}
