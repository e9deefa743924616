package org.neurallab.engine.plain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.layers.Dense;

/** Copies weights between a {@link DenseNet} and an ND4J {@link Sequential} of the same Dense layers. */
public final class Nd4jBridge {
    private Nd4jBridge() {
    }

    /** Copies the ND4J model's weights and biases into the plain network. */
    public static void copyWeights(Sequential from, DenseNet to) {
        for (int l = 0; l < to.layerCount(); l++) {
            Dense dense = denseAt(from, l, to);
            to.setParameters(l, dense.weights().value().dup().data().asDouble(),
                    dense.bias().value().dup().data().asDouble());
        }
    }

    /** Copies the plain network's weights and biases into the ND4J model (in its own data type). */
    public static void copyWeights(DenseNet from, Sequential to) {
        for (int l = 0; l < from.layerCount(); l++) {
            Dense dense = denseAt(to, l, from);
            assign(dense.weights().value(), from.weights(l));
            assign(dense.bias().value(), from.biases(l));
        }
    }

    private static void assign(INDArray target, double[] values) {
        for (int i = 0; i < values.length; i++) {
            target.putScalar(i / target.columns(), i % target.columns(), values[i]);
        }
    }

    private static Dense denseAt(Sequential model, int l, DenseNet net) {
        if (model.layers().size() != net.layerCount()) {
            throw new IllegalArgumentException("the ND4J model has " + model.layers().size()
                    + " layers but the plain network has " + net.layerCount());
        }
        Layer layer = model.layers().get(l);
        if (!(layer instanceof Dense dense) || dense.weights().value().length() != net.weights(l).length) {
            throw new IllegalArgumentException("layer " + (l + 1) + " of the ND4J model is not a Dense layer of size "
                    + net.layerSizes()[l] + " x " + net.layerSizes()[l + 1]);
        }
        return dense;
    }
}
