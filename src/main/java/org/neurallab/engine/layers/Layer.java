package org.neurallab.engine.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.model.LayerSpec;

/**
 * A layer in the style of the lectures: {@code forward} keeps what {@code backward} needs, and
 * {@code backward} turns the gradient of the loss with respect to the output into the gradient with
 * respect to the input, filling the gradients of its parameters on the way.
 *
 * <p>Shapes exclude the batch dimension: a dense input is {@code [features]}, an image is
 * {@code [channels, height, width]} (batches are NCHW).
 */
public interface Layer {

    /** What this layer computes for an input of the given shape (its spec's rule); throws if it cannot take it. */
    default int[] outputShape(int[] inputShape) {
        return spec().outputShape(inputShape);
    }

    /** Allocates and initialises the parameters for inputs of the given shape; returns the output shape. */
    int[] build(int[] inputShape, Initializer init);

    INDArray forward(INDArray x, boolean training);

    INDArray backward(INDArray dout);

    /**
     * Backward that may skip the input gradient when nobody needs it (the first layer of a model while
     * training), which saves a large part of a first convolution's cost. Returns null when skipped.
     */
    default INDArray backward(INDArray dout, boolean inputGradientNeeded) {
        return backward(dout);
    }

    /** Trainable parameters in a fixed order (empty for layers without any). */
    default List<Param> params() {
        return List.of();
    }

    /** The description this layer was made from, for summaries and model files. */
    LayerSpec spec();
}
