package org.neurallab.engine.layers;

import org.neurallab.engine.Layer;
import org.neurallab.engine.model.LayerSpec;

/** Makes the layers whose classes live in this package from their specs. */
public final class LayerFactory {
    private LayerFactory() {
    }

    public static Layer conv2d(LayerSpec.Conv2D spec) {
        throw new UnsupportedOperationException("Conv2D not yet implemented");
    }

    public static Layer maxPool(LayerSpec.MaxPool2D spec) {
        throw new UnsupportedOperationException("MaxPool2D not yet implemented");
    }

    public static Layer avgPool(LayerSpec.AvgPool2D spec) {
        throw new UnsupportedOperationException("AvgPool2D not yet implemented");
    }

    public static Layer flatten(LayerSpec.Flatten spec) {
        throw new UnsupportedOperationException("Flatten not yet implemented");
    }

    public static Layer dropout(LayerSpec.Dropout spec) {
        throw new UnsupportedOperationException("Dropout not yet implemented");
    }
}
