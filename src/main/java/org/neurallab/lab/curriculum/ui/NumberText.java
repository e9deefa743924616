package org.neurallab.lab.curriculum.ui;

import java.util.Locale;

/** Numbers written the way the lectures print them. */
public final class NumberText {
    private NumberText() {
    }

    /** Fixed decimals with a point (no "-0.0"). */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v == 0 ? 0.0 : v);
    }

    /**
     * As numpy prints array values: up to eight decimals, tiny values in scientific notation (4.54e-05), and
     * the special values spelled out.
     */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e7)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%.8f", v == 0 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Up to two decimals for weights and sums: 0.5, -0.7, 0.3. */
    public static String plain(double v) {
        String s = String.format(Locale.ROOT, "%.2f", Math.abs(v) < 5e-3 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
