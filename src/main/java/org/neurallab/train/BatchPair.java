package org.neurallab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One mini-batch: inputs x (batch first) and targets y (one-hot rows for classes, values for regression). */
public record BatchPair(INDArray x, INDArray y) {
}
