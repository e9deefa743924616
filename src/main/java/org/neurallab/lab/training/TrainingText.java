package org.neurallab.lab.training;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import java.util.Locale;
import org.neurallab.app.I18n;

/**
 * The Training lab's texts (bundle {@code training_en/ko.properties}, keys {@code training.*}) through
 * the app's {@link I18n}, so a run-time language switch re-labels everything bound here.
 */
public final class TrainingText {
    private TrainingText() {
    }

    public static ObjectProperty<Locale> localeProperty() {
        return I18n.get().localeProperty();
    }

    public static Locale locale() {
        return I18n.get().locale();
    }

    public static String text(String key, Object... args) {
        return I18n.get().text(key, args);
    }

    /** Like {@link #text} but null when there is no such key, for optional translations. */
    public static String textOrNull(String key, Object... args) {
        return I18n.get().has(locale(), key) ? text(key, args) : null;
    }

    public static StringBinding bind(String key, Object... args) {
        return I18n.get().bind(key, args);
    }
}
