package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.model.LayerSpec;

/** Turns each [C, H, W] image into one row of C*H*W numbers (row-major), as Dense needs. */
public final class Flatten implements Layer {
    private final LayerSpec.Flatten spec;
    private long[] lastInputShape;

    Flatten(LayerSpec.Flatten spec) {
        this.spec = spec;
    }

    @Override
    public int[] build(int[] in, Initializer init) {
        return outputShape(in);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInputShape = x.shape();
        return x.reshape('c', x.size(0), x.length() / x.size(0));
    }

    @Override
    public INDArray backward(INDArray dout) {
        return dout.reshape('c', lastInputShape);
    }

    @Override
    public LayerSpec.Flatten spec() {
        return spec;
    }
}
