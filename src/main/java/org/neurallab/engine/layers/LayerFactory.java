package org.neurallab.engine.layers;

import org.neurallab.engine.Layer;
import org.neurallab.engine.model.LayerSpec;

/** Makes the layers whose classes live in this package from their specs. */
public final class LayerFactory {
    private LayerFactory() {
    }

    public static Layer conv2d(LayerSpec.Conv2D spec) {
        return new Conv2D(spec);
    }

    public static Layer maxPool(LayerSpec.MaxPool2D spec) {
        return new MaxPool2D(spec);
    }

    public static Layer avgPool(LayerSpec.AvgPool2D spec) {
        return new AvgPool2D(spec);
    }

    public static Layer flatten(LayerSpec.Flatten spec) {
        return new Flatten(spec);
    }

    public static Layer dropout(LayerSpec.Dropout spec) {
        return new Dropout(spec);
    }
}
