package org.neurallab.lab.playground.view;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;

/** Names of enum choices in the user's language, for combo boxes. */
final class Texts {
    private Texts() {
    }

    static <T> StringConverter<T> converter(Function<T, String> key) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : I18n.get().text(key.apply(value));
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    static StringConverter<Activation> activationConverter() {
        return converter(a -> "playground.activation." + a.id());
    }

    static String enumKey(String prefix, Enum<?> e) {
        return "playground." + prefix + "." + e.name().toLowerCase(Locale.ROOT);
    }
}
