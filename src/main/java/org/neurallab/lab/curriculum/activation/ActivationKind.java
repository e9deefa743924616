package org.neurallab.lab.curriculum.activation;

import java.util.Locale;

/** The functions the page plots, in the order of its buttons. Softmax has its own section. */
public enum ActivationKind {
    STEP, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, MAXOUT;

    /** Bundle key suffix, e.g. "leakyRelu". */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
