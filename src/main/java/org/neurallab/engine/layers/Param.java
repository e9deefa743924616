package org.neurallab.engine.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One trainable parameter (a weight matrix or a bias vector) and the gradient of the loss with
 * respect to it. Layers fill {@link #grad} in {@code backward}; optimizers read it and update
 * {@link #value} in place.
 */
public final class Param {
    private final String name;
    private final INDArray value;
    private final INDArray grad;
    private final boolean regularized;

    /**
     * @param name        short name shown to students, such as "W" or "b"
     * @param value       the parameter itself, updated in place
     * @param regularized whether L1/L2 penalties apply (weights yes, biases no)
     */
    public Param(String name, INDArray value, boolean regularized) {
        this.name = name;
        this.value = value;
        this.grad = value.ulike();
        this.regularized = regularized;
    }

    public String name() {
        return name;
    }

    public INDArray value() {
        return value;
    }

    public INDArray grad() {
        return grad;
    }

    public boolean regularized() {
        return regularized;
    }

    public long size() {
        return value.length();
    }
}
