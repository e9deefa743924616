package org.neurallab.lab.playground.state;

import org.neurallab.engine.activation.Activation;

/** One hidden layer: how many neurons (1 to 8) and its activation. */
public record HiddenLayer(int neurons, Activation activation) {
    public static final int MAX_NEURONS = 8;

    public HiddenLayer {
        if (neurons < 1 || neurons > MAX_NEURONS) {
            throw new IllegalArgumentException("neurons in a layer must be between 1 and " + MAX_NEURONS + ", got " + neurons);
        }
        if (activation == null || !PlaygroundConfig.ACTIVATIONS.contains(activation)) {
            throw new IllegalArgumentException("activation must be one of " + PlaygroundConfig.ACTIVATIONS + ", got " + activation);
        }
    }

    public HiddenLayer withNeurons(int n) {
        return new HiddenLayer(n, activation);
    }

    public HiddenLayer withActivation(Activation a) {
        return new HiddenLayer(neurons, a);
    }
}
