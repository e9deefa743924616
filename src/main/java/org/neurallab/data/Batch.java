package org.neurallab.data;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One mini-batch: inputs, one-hot targets and the dataset indices they came from. */
public record Batch(INDArray inputs, INDArray targets, int[] indices) {
    public int size() {
        return indices.length;
    }
}
