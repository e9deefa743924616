package org.neurallab.lab.curriculum.activation;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.neurallab.app.I18n;

/** The page's texts (keys under {@code curActivation.}) and how it writes numbers. */
final class ActivationText {
    private static final String PREFIX = "curActivation.";

    private ActivationText() {
    }

    static StringBinding bind(String key, Object... args) {
        return I18n.get().bind(PREFIX + key, args);
    }

    static String text(String key, Object... args) {
        return I18n.get().text(PREFIX + key, args);
    }

    /** A text re-made when the language or any of the given values changes. */
    static StringBinding live(Callable<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        System.arraycopy(dependencies, 0, all, 0, dependencies.length);
        all[dependencies.length] = I18n.get().localeProperty();
        return Bindings.createStringBinding(text, all);
    }

    /** Fixed decimals with a point, as the lecture prints them (no "-0.0"). */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v == 0 ? 0.0 : v);
    }

    /**
     * A value as the lecture prints numpy arrays: up to eight decimals, tiny values in scientific notation
     * (4.54e-05), and the special values spelled out.
     */
    static String value(double v) {
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
    static String plain(double v) {
        String s = String.format(Locale.ROOT, "%.2f", Math.abs(v) < 5e-3 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
