package org.neurallab.lab.playground.state;

/** Colours of the heatmaps: TensorFlow Playground's orange/blue, or a colour-blind-safe set (Okabe-Ito). */
public enum PaletteKind {
    STANDARD, COLOR_BLIND
}
