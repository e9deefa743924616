package org.neurallab.lab.curriculum.activation;

import org.neurallab.engine.activation.Activation;

/**
 * The sliders' values: leaky ReLU's slope for negative inputs, ELU's alpha, and how many linear pieces
 * maxout takes the maximum of. The defaults are the engine's constants (and maxout with two pieces, which
 * is ReLU).
 */
public record ActivationSettings(double leakySlope, double eluAlpha, int maxoutPieces) {
    public static final ActivationSettings DEFAULTS =
            new ActivationSettings(Activation.LEAKY_SLOPE, Activation.ELU_ALPHA, 2);

    public ActivationSettings {
        if (!(leakySlope >= 0 && leakySlope <= 1) || !(eluAlpha > 0 && eluAlpha <= 5)
                || maxoutPieces < 1 || maxoutPieces > Maxout.MAX_PIECES) {
            throw new IllegalArgumentException("settings out of range: " + leakySlope + ", " + eluAlpha + ", " + maxoutPieces);
        }
    }
}
