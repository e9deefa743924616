package org.neurallab.lab.playground.state;

import java.util.Arrays;

/** Saved parameters of one layer: weights row-major [in][out] and one bias per neuron. */
public record LayerParams(double[] weights, double[] biases) {

    public LayerParams {
        if (weights == null || biases == null) {
            throw new IllegalArgumentException("saved layer parameters need weights and biases");
        }
        for (double v : weights) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("saved weights must be finite numbers, got " + v);
            }
        }
        for (double v : biases) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("saved biases must be finite numbers, got " + v);
            }
        }
        weights = weights.clone();
        biases = biases.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] biases() {
        return biases.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerParams p && Arrays.equals(weights, p.weights) && Arrays.equals(biases, p.biases);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Arrays.hashCode(biases);
    }

    @Override
    public String toString() {
        return "LayerParams" + Arrays.toString(weights) + Arrays.toString(biases);
    }
}
