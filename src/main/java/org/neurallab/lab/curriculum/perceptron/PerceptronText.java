package org.neurallab.lab.curriculum.perceptron;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.neurallab.app.I18n;

/** The page's texts (keys under {@code curPerceptron.}) and how it writes numbers. */
final class PerceptronText {
    private static final String PREFIX = "curPerceptron.";

    private PerceptronText() {
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

    /** Up to two decimals for weights and sums: 0.5, -0.7, 0.3. */
    static String plain(double v) {
        String s = String.format(Locale.ROOT, "%.2f", Math.abs(v) < 5e-3 ? 0.0 : v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
