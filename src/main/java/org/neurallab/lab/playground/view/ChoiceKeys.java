package org.neurallab.lab.playground.view;

import java.util.Locale;
import org.neurallab.engine.activation.Activation;

/** Bundle keys of the Playground's choices, e.g. {@code playground.loss.mse}; shown through I18n's converter. */
final class ChoiceKeys {
    private ChoiceKeys() {
    }

    static String activation(Activation a) {
        return "playground.activation." + a.id();
    }

    static String of(String prefix, Enum<?> e) {
        return "playground." + prefix + "." + e.name().toLowerCase(Locale.ROOT);
    }
}
