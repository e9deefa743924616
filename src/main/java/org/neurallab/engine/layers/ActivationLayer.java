package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.model.LayerSpec;

/** An activation function on its own, as the book writes Relu or Sigmoid layers. */
public final class ActivationLayer implements Layer {
    private final LayerSpec.ActivationLayer spec;
    private INDArray z;
    private INDArray y;

    ActivationLayer(LayerSpec.ActivationLayer spec) {
        this.spec = spec;
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
