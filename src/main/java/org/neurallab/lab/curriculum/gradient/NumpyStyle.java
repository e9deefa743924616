package org.neurallab.lab.curriculum.gradient;

import java.util.Locale;

/**
 * Prints a small array the way the lecture's Python printed it (NumPy, 8 digits): in scientific notation
 * when an entry is tiny or huge, otherwise in fixed notation, so the page's numbers read like the slides.
 */
public final class NumpyStyle {

    private NumpyStyle() {
    }

    public static String array(double... values) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double v : values) {
            double a = Math.abs(v);
            if (a != 0) {
                largest = Math.max(largest, a);
                smallest = Math.min(smallest, a);
            }
        }
        boolean scientific = largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1e3;
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(String.format(Locale.ROOT, scientific ? "%.8e" : "%.8f", values[i]));
        }
        return out.append(']').toString();
    }
}
