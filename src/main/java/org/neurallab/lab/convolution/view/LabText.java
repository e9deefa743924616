package org.neurallab.lab.convolution.view;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The lab's texts from convolution_en/ko.properties, following the current language. */
public final class LabText {
    private static final String BUNDLE = "org.neurallab.i18n.convolution";
    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(Locale.getDefault());

    private LabText() {
    }

    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    public static String text(String key, Object... args) {
        Locale locale = LOCALE.get();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), LOCALE);
    }

    /** A number as students read it: up to {@code decimals} decimals, locale separators. */
    public static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(LOCALE.get());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(v == 0 ? 0.0 : v); // no "-0"
    }

    /** A number with exactly {@code decimals} decimals. */
    public static String fixed(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(LOCALE.get());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(v == 0 ? 0.0 : v);
    }
}
