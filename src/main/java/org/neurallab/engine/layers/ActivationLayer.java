package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.Initializer;
import org.neurallab.engine.Layer;
import org.neurallab.engine.model.LayerSpec;

/** An activation function on its own, as the book writes Relu or Sigmoid layers. */
public final class ActivationLayer implements Layer {
    private final LayerSpec.ActivationLayer spec;
    private INDArray z;
    private INDArray y;

    public ActivationLayer(LayerSpec.ActivationLayer spec) {
        this.spec = spec;
    }

    @Override
    public int[] outputShape(int[] inputShape) {
        if (spec.activation() == org.neurallab.engine.Activation.SOFTMAX && inputShape.length != 1) {
            throw new org.neurallab.engine.model.ShapeException(org.neurallab.engine.model.ShapeException.NEEDS_FLAT,
                    "Softmax needs a flat input but gets " + Shapes.format(inputShape), Shapes.format(inputShape));
        }
        return inputShape.clone();
    }

    @Override
    public int[] build(int[] inputShape, Initializer init) {
        return outputShape(inputShape);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        z = x;
        y = spec.activation().forward(x);
        return y;
    }

    @Override
    public INDArray backward(INDArray dout) {
        return spec.activation().backward(z, y, dout);
    }

    @Override
    public LayerSpec spec() {
        return spec;
    }
}
