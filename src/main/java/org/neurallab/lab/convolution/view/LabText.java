package org.neurallab.lab.convolution.view;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import org.neurallab.app.I18n;

/** The lab's texts (keys under {@code convolution.} in convolution_en/ko.properties) through the app's I18n. */
public final class LabText {
    private static final String PREFIX = "convolution.";

    private LabText() {
    }

    public static ObjectProperty<Locale> localeProperty() {
        return I18n.get().localeProperty();
    }

    public static String text(String key, Object... args) {
        return I18n.get().text(PREFIX + key, args);
    }

    public static StringBinding bind(String key, Object... args) {
        return I18n.get().bind(PREFIX + key, args);
    }

    /** A number as students read it: up to {@code decimals} decimals, locale separators. */
    public static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(I18n.get().locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(v == 0 ? 0.0 : v); // no "-0"
    }

    /** A number with exactly {@code decimals} decimals. */
    public static String fixed(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(I18n.get().locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(decimals);
        return f.format(v == 0 ? 0.0 : v);
    }
}
