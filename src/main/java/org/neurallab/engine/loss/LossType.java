package org.neurallab.engine.loss;

/** The losses a model file can name. */
public enum LossType {
    /** Softmax then cross-entropy, on the logits of a classifier (the book's SoftmaxWithLoss). */
    SOFTMAX_CROSS_ENTROPY,
    /** Mean squared error, as Keras defines it: mean over every output of (y - t)^2. */
    MSE,
    /** Sigmoid then binary cross-entropy, on one logit per output. */
    BINARY_CROSS_ENTROPY;

    public Loss create() {
        switch (this) {
            case MSE: return new MeanSquaredError();
            case BINARY_CROSS_ENTROPY: return new BinaryCrossEntropy();
            default: return new SoftmaxCrossEntropy();
        }
    }
}
