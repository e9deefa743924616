package org.neurallab.lab.training;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Training lab's texts from its own bundle ({@code training_en/ko.properties}), following the
 * current language so that a run-time language switch re-labels every control bound here.
 */
public final class TrainingText {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingText.class);
    private static final String BUNDLE = "org.neurallab.i18n.training";
    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(Locale.ENGLISH);

    private TrainingText() {
    }

    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    public static Locale locale() {
        return LOCALE.get();
    }

    /** The text for a key ("training.start"), with MessageFormat arguments; the key itself if missing. */
    public static String text(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** Like {@link #text} but null when the bundle has no such key, for optional translations. */
    public static String textOrNull(String key, Object... args) {
        return pattern(key) == null ? null : text(key, args);
    }

    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), LOCALE);
    }

    private static String pattern(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            LOG.debug("No text for {} in {}", key, locale());
            return null;
        }
    }
}
