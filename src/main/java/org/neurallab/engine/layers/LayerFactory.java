package org.neurallab.engine.layers;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;

/** The one place a layer is made from its spec. */
public final class LayerFactory {
    private LayerFactory() {
    }

    /** The layer a spec describes, not yet built (no weights). */
    public static Layer create(LayerSpec spec) {
        return create(spec, false);
    }

    /**
     * A model's layers in order. When the loss applies the softmax itself (softmax cross-entropy), the
     * last Dense outputs logits instead of applying softmax twice (Keras' usual
     * {@code Dense(10, activation="softmax")} before a cross-entropy loss).
     */
    public static List<Layer> createAll(ModelSpec model) {
        List<LayerSpec> specs = model.layers();
        List<Layer> layers = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            boolean logits = i == specs.size() - 1 && model.loss() == LossType.SOFTMAX_CROSS_ENTROPY;
            layers.add(create(specs.get(i), logits));
        }
        return layers;
    }

    private static Layer create(LayerSpec spec, boolean outputLogits) {
        if (spec instanceof LayerSpec.Dense d) {
            return new Dense(d, outputLogits);
        }
        if (spec instanceof LayerSpec.Conv2D c) {
            return new Conv2D(c);
        }
        if (spec instanceof LayerSpec.MaxPool2D p) {
            return new MaxPool2D(p);
        }
        if (spec instanceof LayerSpec.AvgPool2D p) {
            return new AvgPool2D(p);
        }
        if (spec instanceof LayerSpec.Flatten f) {
            return new Flatten(f);
        }
        if (spec instanceof LayerSpec.Dropout d) {
            return new Dropout(d);
        }
        if (spec instanceof LayerSpec.ActivationLayer a) {
            return new ActivationLayer(a);
        }
        throw new IllegalArgumentException("no layer for " + spec);
    }
}
