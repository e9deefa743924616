package org.neurallab.engine.model;

import java.util.Locale;

/**
 * Limits on what a model spec may ask for, checked from the spec alone before any weight is
 * allocated: a 500-byte architecture file must not be able to ask for gigabytes.
 */
public final class ModelLimits {
    /** Total trainable parameters: 200 MB of float32, far above any model a lesson uses (MLP 512: 407,050). */
    public static final long MAX_PARAMETERS = 50_000_000;

    private ModelLimits() {
    }

    /**
     * @throws IllegalArgumentException naming the count and the limit if the spec has too many
     *                                  parameters; a spec whose shapes do not fit is left to the builder to explain
     */
    public static void check(ModelSpec spec) {
        long total = 0;
        int[] shape = spec.inputShape();
        for (LayerSpec layer : spec.layers()) {
            try {
                total += layer.paramCount(shape);
                shape = layer.outputShape(shape);
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        if (total > MAX_PARAMETERS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the architecture has %,d parameters; at most %,d are allowed", total, MAX_PARAMETERS));
        }
    }
}
