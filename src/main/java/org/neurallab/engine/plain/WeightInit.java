package org.neurallab.engine.plain;

/**
 * How a small network's first weights are drawn (biases always start at 0). The choice matters: with
 * {@link #ZEROS} every neuron of a layer computes the same thing and receives the same update, so they stay
 * identical however long they train (the symmetry problem).
 */
public enum WeightInit {
    /** Xavier for sigmoid/tanh/linear layers, He for the ReLU family: what the engine does by default. */
    BY_ACTIVATION,
    /** Every weight 0. */
    ZEROS,
    /** Uniform in [-0.05, 0.05], whatever the layer's size. */
    SMALL_UNIFORM,
    /** Uniform in ±sqrt(6 / (in + out)) (Glorot and Bengio). */
    XAVIER,
    /** Gaussian with standard deviation sqrt(2 / in) (He et al.). */
    HE;

    static final double SMALL_LIMIT = 0.05;
}
