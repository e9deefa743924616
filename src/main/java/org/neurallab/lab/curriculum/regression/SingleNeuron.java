package org.neurallab.lab.curriculum.regression;

import java.util.List;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.plain.DenseNet;

/**
 * Lecture 000's model on the shared engine: {@code Sequential([Dense(units=1, input_shape=[1])])},
 * compiled with SGD and mean squared error. One epoch is one step on the whole data set, as Keras does
 * when the data (6 points) fits in its default batch of 32. The plain-Java backend is used because a single
 * neuron costs microseconds there; it draws the same initial weights as the ND4J model for a seed.
 */
public final class SingleNeuron {
    /** Keras' default learning rate for {@code optimizer='sgd'}. */
    public static final double KERAS_SGD_RATE = 0.01;

    private final DenseNet net;
    private final double[][] inputs;
    private final double[][] targets;
    private int epochs;

    public SingleNeuron(RegressionData data, double learningRate, long seed) {
        this(data.x(), data.y(), learningRate, seed);
    }

    /** A neuron for any x/y pairs (e.g. heights already centred). */
    public SingleNeuron(double[] x, double[] y, double learningRate, long seed) {
        ModelSpec spec = new ModelSpec(new int[] {1}, List.of(new LayerSpec.Dense(1, Activation.LINEAR)), LossType.MSE);
        net = DenseNet.build(spec, seed);
        net.setOptimizer(new OptimizerSpec(OptimizerType.SGD, learningRate));
        inputs = new double[x.length][];
        targets = new double[y.length][];
        for (int i = 0; i < x.length; i++) {
            inputs[i] = new double[] {x[i]};
            targets[i] = new double[] {y[i]};
        }
    }

    /** Starts from a chosen (w, b) instead of the random first guess, e.g. a corner of the loss surface. */
    public void setParameters(double w, double b) {
        net.setParameters(0, new double[] {w}, new double[] {b});
    }

    /** One epoch (one SGD step on all points); returns the loss before the step, as Keras reports it. */
    public double trainEpoch() {
        epochs++;
        return net.trainBatch(inputs, targets);
    }

    public int epochs() {
        return epochs;
    }

    public double loss() {
        return net.loss(inputs, targets);
    }

    public double weight() {
        return net.weight(0, 0, 0);
    }

    public double bias() {
        return net.bias(0, 0);
    }

    public double predict(double x) {
        return net.predict(new double[] {x})[0];
    }
}
