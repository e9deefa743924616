package org.neurallab.lab.playground;

import org.neurallab.lab.playground.state.PaletteKind;

/**
 * Maps values to ARGB pixels without JavaFX, so the worker thread can colour heatmaps and the FX
 * thread only copies pixels. Values run from -1 (negative colour) through 0 (near white) to +1
 * (positive colour); classes get one colour each. The colour-blind-safe set is Okabe and Ito's.
 */
public final class ColorRamp {
    private static final int STEPS = 256;
    private final int[] ramp = new int[STEPS];
    private final int[] classColors;
    private final int[] classLight;

    public ColorRamp(PaletteKind palette) {
        boolean safe = palette == PaletteKind.COLOR_BLIND;
        int negative = safe ? 0xD55E00 : 0xF59322;
        int positive = safe ? 0x0072B2 : 0x0877BD;
        int middle = 0xE8EAEB;
        for (int i = 0; i < STEPS; i++) {
            double v = i / (STEPS - 1.0) * 2 - 1;
            ramp[i] = v < 0 ? mix(middle, negative, -v) : mix(middle, positive, v);
        }
        classColors = safe ? new int[] {0xE69F00, 0x56B4E9, 0x009E73, 0xCC79A7, 0xF0E442}
                : new int[] {0xF59322, 0x0877BD, 0x2CA02C, 0x9467BD, 0xD62728};
        if (!safe) {
            // two classes use the same orange/blue as the ramp
            classColors[0] = negative;
            classColors[1] = positive;
        }
        classLight = new int[classColors.length];
        for (int c = 0; c < classColors.length; c++) {
            classLight[c] = mix(0xFFFFFF, classColors[c], 0.6);
        }
    }

    /** Colour of a value; values outside [-1, 1] are clamped. With {@code discrete}, only the sign counts. */
    public int value(double v, boolean discrete) {
        if (discrete) {
            v = v >= 0 ? 1 : -1;
        }
        int i = (int) Math.round((Math.max(-1, Math.min(1, v)) + 1) * 0.5 * (STEPS - 1));
        return ramp[i];
    }

    /** Colour of a region won by {@code cls} with probability {@code confidence} (1/k .. 1). */
    public int region(int cls, double confidence, int classes, boolean discrete) {
        double strength = discrete ? 0.85 : Math.max(0, (confidence - 1.0 / classes) / (1 - 1.0 / classes));
        return mix(0xE8EAEB, classColors[cls % classColors.length], 0.15 + 0.7 * strength);
    }

    /** Solid colour of a class (for points and legends), as 0xRRGGBB. */
    public int classColor(int cls) {
        return classColors[cls % classColors.length];
    }

    /** Colour of a two-class or regression point: its label on the ramp at full strength. */
    public int pointColor(double label) {
        return ramp[(int) Math.round((Math.max(-1, Math.min(1, label)) + 1) * 0.5 * (STEPS - 1))];
    }

    private static int mix(int from, int to, double t) {
        int r = (int) Math.round(((from >> 16) & 255) * (1 - t) + ((to >> 16) & 255) * t);
        int g = (int) Math.round(((from >> 8) & 255) * (1 - t) + ((to >> 8) & 255) * t);
        int b = (int) Math.round((from & 255) * (1 - t) + (to & 255) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
