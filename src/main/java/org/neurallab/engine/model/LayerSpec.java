package org.neurallab.engine.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A serialisable description of one layer: what a model file stores and what the model builder
 * edits. It only describes: {@code engine.layers.LayerFactory} makes the layer itself. Constructors reject nonsense values with a
 * message naming the parameter and its allowed range.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LayerSpec.Dense.class, name = "Dense"),
    @JsonSubTypes.Type(value = LayerSpec.Conv2D.class, name = "Conv2D"),
    @JsonSubTypes.Type(value = LayerSpec.MaxPool2D.class, name = "MaxPool2D"),
    @JsonSubTypes.Type(value = LayerSpec.AvgPool2D.class, name = "AvgPool2D"),
    @JsonSubTypes.Type(value = LayerSpec.Flatten.class, name = "Flatten"),
    @JsonSubTypes.Type(value = LayerSpec.Dropout.class, name = "Dropout"),
    @JsonSubTypes.Type(value = LayerSpec.ActivationLayer.class, name = "Activation")
})
public sealed interface LayerSpec {

    /** Largest sizes accepted anywhere, to stop typos (1000000 units) from exhausting memory. */
    int MAX_UNITS = 65_536;
    int MAX_KERNEL = 32;

    /** The Keras-style class name shown in summaries ("Dense", "Conv2D"...). */
    String kind();

    /** What this layer makes of an input of the given shape; throws {@link ShapeException} if it cannot take it. */
    default int[] outputShape(int[] inputShape) {
        return LayerShapes.output(this, inputShape);
    }

    /** Trainable parameters of this layer for an input of the given shape. */
    default long paramCount(int[] inputShape) {
        return LayerShapes.params(this, inputShape);
    }

    record Dense(int units, org.neurallab.engine.activation.Activation activation) implements LayerSpec {
        public Dense {
            Checks.range("Dense units", units, 1, MAX_UNITS);
            Checks.notNull("Dense activation", activation);
        }

        @Override
        public String kind() {
            return "Dense";
        }
    }

    record Conv2D(int filters, int kernel, int stride, Padding padding, org.neurallab.engine.activation.Activation activation)
            implements LayerSpec {
        public Conv2D {
            Checks.range("Conv2D filters", filters, 1, 1024);
            Checks.range("Conv2D kernel size", kernel, 1, MAX_KERNEL);
            Checks.range("Conv2D stride", stride, 1, MAX_KERNEL);
            Checks.notNull("Conv2D padding", padding);
            Checks.notNull("Conv2D activation", activation);
        }

        @Override
        public String kind() {
            return "Conv2D";
        }
    }

    record MaxPool2D(int pool, int stride) implements LayerSpec {
        public MaxPool2D {
            Checks.range("MaxPool2D pool size", pool, 1, MAX_KERNEL);
            Checks.range("MaxPool2D stride", stride, 1, MAX_KERNEL);
        }

        @Override
        public String kind() {
            return "MaxPool2D";
        }
    }

    record AvgPool2D(int pool, int stride) implements LayerSpec {
        public AvgPool2D {
            Checks.range("AvgPool2D pool size", pool, 1, MAX_KERNEL);
            Checks.range("AvgPool2D stride", stride, 1, MAX_KERNEL);
        }

        @Override
        public String kind() {
            return "AvgPool2D";
        }
    }

    record Flatten() implements LayerSpec {
        @Override
        public String kind() {
            return "Flatten";
        }
    }

    record Dropout(double rate) implements LayerSpec {
        public Dropout {
            if (!(rate >= 0 && rate < 1)) {
                throw new IllegalArgumentException("Dropout rate must be in [0, 1), got " + rate);
            }
        }

        @Override
        public String kind() {
            return "Dropout";
        }
    }

    record ActivationLayer(org.neurallab.engine.activation.Activation activation) implements LayerSpec {
        public ActivationLayer {
            Checks.notNull("Activation", activation);
        }

        @Override
        public String kind() {
            return "Activation";
        }
    }
}
