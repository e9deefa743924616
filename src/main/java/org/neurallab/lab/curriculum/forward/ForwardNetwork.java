package org.neurallab.lab.curriculum.forward;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.layers.Dense;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;

/**
 * Lecture 002's three-layer network (init_network / forward) built from the engine's layers:
 * Dense(3) - Sigmoid - Dense(2) - Sigmoid - Dense(2), with the identity as output function. The Dense
 * layers are linear so that each weighted sum A and each activation Z is a layer output of its own, as in
 * the lecture's code ({@code a1 = np.dot(x, W1) + b1}, {@code z1 = sigmoid(a1)}, ...). Weights are the
 * lecture's, set into the engine's parameters; double precision so the numbers match numpy's.
 *
 * <p>Not thread-safe: the page uses it on the FX thread only (a few tiny operations per change).
 */
public final class ForwardNetwork {
    public static final double[] LECTURE_X = {1.0, 0.5};
    public static final double[][] W1 = {{0.1, 0.3, 0.5}, {0.2, 0.4, 0.6}};
    public static final double[] B1 = {0.1, 0.2, 0.3};
    public static final double[][] W2 = {{0.1, 0.4}, {0.2, 0.5}, {0.3, 0.6}};
    public static final double[] B2 = {0.1, 0.2};
    public static final double[][] W3 = {{0.1, 0.3}, {0.2, 0.4}};
    public static final double[] B3 = {0.1, 0.2};

    /** Every intermediate number of one forward pass, named as in the lecture. */
    public record Pass(double[] x, double[] a1, double[] z1, double[] a2, double[] z2, double[] a3, double[] y) {
    }

    private final Sequential model;
    private final List<Dense> dense;

    public ForwardNetwork() {
        ModelSpec spec = new ModelSpec(new int[] {2}, List.of(
                new LayerSpec.Dense(3, Activation.LINEAR), new LayerSpec.ActivationLayer(Activation.SIGMOID),
                new LayerSpec.Dense(2, Activation.LINEAR), new LayerSpec.ActivationLayer(Activation.SIGMOID),
                new LayerSpec.Dense(2, Activation.LINEAR)), LossType.MSE);
        model = Sequential.build(spec, 0, DataType.DOUBLE);
        dense = List.of((Dense) model.layers().get(0), (Dense) model.layers().get(2), (Dense) model.layers().get(4));
        set(0, W1, B1);
        set(1, W2, B2);
        set(2, W3, B3);
    }

    private void set(int layer, double[][] w, double[] b) {
        dense.get(layer).weights().value().assign(Nd4j.createFromArray(w));
        dense.get(layer).bias().value().assign(Nd4j.createFromArray(b).reshape(1, b.length));
    }

    /** The lecture's forward(network, x) on the engine. */
    public Pass forward(double[] x) {
        if (x.length != 2) {
            throw new IllegalArgumentException("the network takes 2 inputs, got " + x.length);
        }
        List<INDArray> out = model.layerOutputs(Nd4j.createFromArray(x).reshape(1, 2));
        double[] a3 = out.get(4).toDoubleVector();
        // the output function is the identity (regression), so Y is A3 itself
        return new Pass(x.clone(), out.get(0).toDoubleVector(), out.get(1).toDoubleVector(), out.get(2).toDoubleVector(),
                out.get(3).toDoubleVector(), a3, a3.clone());
    }

    /** Weight from neuron {@code from} of the previous layer to neuron {@code to}, as the engine holds it. */
    public double weight(int layer, int from, int to) {
        return dense.get(layer).weights().value().getDouble(from, to);
    }

    public double bias(int layer, int neuron) {
        return dense.get(layer).bias().value().getDouble(0, neuron);
    }

    /** Neurons in each column: inputs, layer 1, layer 2, outputs. */
    public static int[] sizes() {
        return new int[] {2, 3, 2, 2};
    }
}
