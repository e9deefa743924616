package org.neurallab.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss on a batch: {@code forward} returns the mean loss and keeps what {@code backward} needs;
 * {@code backward} returns dL/d(output) for the model's raw output.
 */
public interface Loss {

    double forward(INDArray output, INDArray target);

    INDArray backward();

    /** Turns the model's raw output into what is reported to the user (probabilities for classifiers). */
    INDArray activate(INDArray output);
}
