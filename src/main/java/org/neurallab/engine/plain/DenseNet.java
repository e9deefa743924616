package org.neurallab.engine.plain;

import java.util.Arrays;
import java.util.Random;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * A small fully connected network on plain {@code double[]} arrays. ND4J spends 5-50 microseconds on
 * every operation, which dominates for Playground-sized nets (2-8-8-8-1); plain loops are ~100 times
 * faster there. Same specs, same initial weights for the same seed, same optimizer and loss formulas
 * as {@link org.neurallab.engine.Sequential}, so a lab can switch backends without changing results.
 *
 * <p>Weights of layer l are row-major [in][out] ({@code w[i * out + j]}), as in the ND4J Dense.
 * Batch buffers are allocated once and grow only when a larger batch arrives: the training loop
 * itself allocates nothing. Not thread-safe: one network belongs to one thread at a time.
 */
public final class DenseNet {
    private final int[] sizes;
    private final Activation[] activations;
    private final OutputLoss loss;
    private final double[][] weights;
    private final double[][] biases;
    private final double[][] weightGrads;
    private final double[][] biasGrads;
    /** W0, b0, W1, b1, ...: the order the ND4J model lists its parameters and updates them. */
    private final double[][] params;
    private final double[][] grads;
    private PlainOptimizer optimizer;
    private Regularization regularization = Regularization.NONE;
    private final BatchBuffers buffers;

    private DenseNet(int[] sizes, Activation[] activations, OutputLoss loss) {
        this.sizes = sizes;
        this.activations = activations;
        this.loss = loss;
        int layers = activations.length;
        weights = new double[layers][];
        biases = new double[layers][];
        weightGrads = new double[layers][];
        biasGrads = new double[layers][];
        params = new double[2 * layers][];
        grads = new double[2 * layers][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l] * sizes[l + 1]];
            biases[l] = new double[sizes[l + 1]];
            weightGrads[l] = new double[weights[l].length];
            biasGrads[l] = new double[biases[l].length];
            params[2 * l] = weights[l];
            params[2 * l + 1] = biases[l];
            grads[2 * l] = weightGrads[l];
            grads[2 * l + 1] = biasGrads[l];
        }
        buffers = new BatchBuffers(sizes);
        setOptimizer(new OptimizerSpec(OptimizerType.SGD, 0.03));
    }

    /** Builds the network with the spec's own loss. */
    public static DenseNet build(ModelSpec spec, long seed) {
        return build(spec, seed, OutputLoss.of(spec.loss()));
    }

    /**
     * Builds the network; weights are drawn exactly as {@code Sequential.build(spec, seed)} draws them
     * (Xavier uniform or He normal per layer, row-major, biases zero).
     *
     * @param loss overrides the spec's loss, e.g. {@link OutputLoss#HALF_MSE} for the Playground
     * @throws IllegalArgumentException if the input is not flat or a layer is not Dense
     */
    public static DenseNet build(ModelSpec spec, long seed, OutputLoss loss) {
        int[] input = spec.inputShape();
        if (input.length != 1) {
            throw new IllegalArgumentException("the plain backend needs a flat input shape, got " + Arrays.toString(input));
        }
        if (spec.layers().isEmpty()) {
            throw new IllegalArgumentException("the model has no layers");
        }
        int count = spec.layers().size();
        int[] sizes = new int[count + 1];
        Activation[] activations = new Activation[count];
        sizes[0] = input[0];
        for (int l = 0; l < count; l++) {
            if (!(spec.layers().get(l) instanceof LayerSpec.Dense dense)) {
                throw new IllegalArgumentException("layer " + (l + 1) + ": the plain backend supports only Dense layers, got "
                        + spec.layers().get(l).kind());
            }
            sizes[l + 1] = dense.units();
            boolean fusedSoftmax = l == count - 1 && loss == OutputLoss.SOFTMAX_CROSS_ENTROPY
                    && dense.activation() == Activation.SOFTMAX;
            activations[l] = fusedSoftmax ? Activation.LINEAR : dense.activation();
        }
        DenseNet net = new DenseNet(sizes, activations, loss);
        net.initialize(seed);
        return net;
    }

    /** The same draws, in the same order, as {@link org.neurallab.engine.layers.Initializer}. */
    private void initialize(long seed) {
        initialize(WeightInit.BY_ACTIVATION, seed);
    }

    /**
     * Draws new weights with this scheme and seed and sets every bias to 0 ({@link WeightInit#BY_ACTIVATION}
     * makes the same draws, in the same order, as {@link org.neurallab.engine.Initializer}).
     */
    public void initialize(WeightInit scheme, long seed) {
        Random random = new Random(seed);
        for (int l = 0; l < weights.length; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            double[] w = weights[l];
            java.util.Arrays.fill(biases[l], 0);
            boolean he = scheme == WeightInit.HE || (scheme == WeightInit.BY_ACTIVATION && activations[l].prefersHeInit());
            if (scheme == WeightInit.ZEROS) {
                java.util.Arrays.fill(w, 0);
            } else if (scheme == WeightInit.SMALL_UNIFORM) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = (random.nextDouble() * 2 - 1) * WeightInit.SMALL_LIMIT;
                }
            } else if (he) {
                double std = Math.sqrt(2.0 / in);
                for (int i = 0; i < w.length; i++) {
                    w[i] = random.nextGaussian() * std;
                }
            } else {
                double limit = Math.sqrt(6.0 / (in + out));
                for (int i = 0; i < w.length; i++) {
                    w[i] = (random.nextDouble() * 2 - 1) * limit;
                }
            }
        }
    }

    // ---- training -------------------------------------------------------------------------------

    /**
     * One step on one batch: forward, loss, backward, penalty gradients, optimizer step.
     *
     * @param x rows of inputs
     * @param y rows of targets (one-hot for softmax cross-entropy)
     * @return the batch loss before the update, including the regularization penalty
     */
    public double trainBatch(double[][] x, double[][] y) {
        return trainBatch(x, y, x.length);
    }

    /** As {@link #trainBatch(double[][], double[][])} on the first {@code n} rows only. */
    public double trainBatch(double[][] x, double[][] y, int n) {
        checkBatch(x, y, n);
        forwardBatch(x, n);
        double value = loss.compute(buffers.outputs[layerCount() - 1], y, n, outputSize(), buffers.delta)
                + PlainOptimizer.penalty(regularization, weights);
        backward(n);
        PlainOptimizer.addPenaltyGradients(regularization, weights, weightGrads);
        optimizer.step(params, grads);
        return value;
    }

    /** Mean loss on a batch without changing anything, including the penalty. */
    public double loss(double[][] x, double[][] y) {
        checkBatch(x, y, x.length);
        forwardBatch(x, x.length);
        return loss.compute(buffers.outputs[layerCount() - 1], y, x.length, outputSize(), null)
                + PlainOptimizer.penalty(regularization, weights);
    }

    /**
     * Computes the loss gradient for a batch into the gradient arrays without updating (for checks).
     *
     * @return the loss including the penalty
     */
    double computeGradients(double[][] x, double[][] y) {
        int n = x.length;
        checkBatch(x, y, n);
        forwardBatch(x, n);
        double value = loss.compute(buffers.outputs[layerCount() - 1], y, n, outputSize(), buffers.delta)
                + PlainOptimizer.penalty(regularization, weights);
        backward(n);
        PlainOptimizer.addPenaltyGradients(regularization, weights, weightGrads);
        return value;
    }

    private void forwardBatch(double[][] x, int n) {
        buffers.ensure(n);
        double[] in = buffers.input;
        int width = sizes[0];
        for (int r = 0; r < n; r++) {
            System.arraycopy(x[r], 0, in, r * width, width);
        }
        double[] prev = in;
        for (int l = 0; l < layerCount(); l++) {
            LayerMath.forward(prev, n, sizes[l], sizes[l + 1], weights[l], biases[l], activations[l],
                    buffers.sums[l], buffers.outputs[l]);
            prev = buffers.outputs[l];
        }
    }

    /** Back-propagates buffers.delta (dL/d output of the last layer) and fills every gradient. */
    private void backward(int n) {
        double[] dOut = buffers.delta;
        double[] spare = buffers.spare;
        for (int l = layerCount() - 1; l >= 0; l--) {
            double[] prev = l == 0 ? buffers.input : buffers.outputs[l - 1];
            LayerMath.backward(dOut, n, sizes[l], sizes[l + 1], weights[l], activations[l], buffers.sums[l],
                    buffers.outputs[l], prev, weightGrads[l], biasGrads[l], l == 0 ? null : spare);
            double[] swap = dOut;
            dOut = spare;
            spare = swap;
        }
    }

    private void checkBatch(double[][] x, double[][] y, int n) {
        if (n < 1 || n > x.length || n > y.length) {
            throw new IllegalArgumentException("batch needs 1.." + Math.min(x.length, y.length) + " rows, got " + n);
        }
        for (int r = 0; r < n; r++) {
            if (x[r].length != sizes[0] || y[r].length != outputSize()) {
                throw new IllegalArgumentException("row " + r + " has " + x[r].length + " inputs and " + y[r].length
                        + " targets; the network takes " + sizes[0] + " and gives " + outputSize());
            }
        }
    }

    // ---- inference ------------------------------------------------------------------------------

    /** What the user sees for one input: probabilities for classifiers, values for regression. */
    public double[] predict(double[] x) {
        double[][] all = newActivations();
        forwardAll(x, all);
        double[] out = all[layerCount() - 1];
        loss.activate(out, 0, out.length);
        return out;
    }

    /**
     * Every neuron's output for one input, for heatmaps; allocation-free.
     *
     * @param activationsOut one array per layer of that layer's size (see {@link #newActivations()});
     *                       the last holds raw outputs (logits for classifiers)
     */
    public void forwardAll(double[] x, double[][] activationsOut) {
        if (x.length != sizes[0]) {
            throw new IllegalArgumentException("input has " + x.length + " values; the network takes " + sizes[0]);
        }
        double[] prev = x;
        for (int l = 0; l < layerCount(); l++) {
            double[] out = activationsOut[l];
            LayerMath.forward(prev, 1, sizes[l], sizes[l + 1], weights[l], biases[l], activations[l], out, out);
            prev = out;
        }
    }

    /** Arrays sized for {@link #forwardAll}. */
    public double[][] newActivations() {
        double[][] a = new double[layerCount()][];
        for (int l = 0; l < a.length; l++) {
            a[l] = new double[sizes[l + 1]];
        }
        return a;
    }

    // ---- parameters and settings ----------------------------------------------------------------

    /** Input size followed by each layer's size, e.g. [2, 8, 8, 8, 1]. */
    public int[] layerSizes() {
        return sizes.clone();
    }

    public int layerCount() {
        return activations.length;
    }

    public int inputSize() {
        return sizes[0];
    }

    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** The activation layer l applies (LINEAR for a softmax folded into the loss). */
    public Activation activation(int layer) {
        return activations[layer];
    }

    public OutputLoss lossKind() {
        return loss;
    }

    /** Weight from neuron {@code from} of the previous layer (or input) to neuron {@code to} of layer {@code layer}. */
    public double weight(int layer, int from, int to) {
        return weights[layer][index(layer, from, to)];
    }

    public void setWeight(int layer, int from, int to, double value) {
        weights[layer][index(layer, from, to)] = value;
    }

    public double bias(int layer, int neuron) {
        return biases[layer][neuron];
    }

    public void setBias(int layer, int neuron, double value) {
        biases[layer][neuron] = value;
    }

    /** Layer l's weights, row-major [in][out]; a copy (for saving or copying to ND4J). */
    public double[] weights(int layer) {
        return weights[layer].clone();
    }

    public double[] biases(int layer) {
        return biases[layer].clone();
    }

    /** Replaces layer l's weights (row-major [in][out]) and biases. */
    public void setParameters(int layer, double[] w, double[] b) {
        if (w.length != weights[layer].length || b.length != biases[layer].length) {
            throw new IllegalArgumentException("layer " + layer + " needs " + weights[layer].length + " weights and "
                    + biases[layer].length + " biases, got " + w.length + " and " + b.length);
        }
        System.arraycopy(w, 0, weights[layer], 0, w.length);
        System.arraycopy(b, 0, biases[layer], 0, b.length);
    }

    /** Gradient of the last {@link #computeGradients} call, same layout as {@link #weights(int)}. */
    double[] weightGradient(int layer) {
        return weightGrads[layer].clone();
    }

    double[] biasGradient(int layer) {
        return biasGrads[layer].clone();
    }

    /** dL/dw of the last training step for one link (0 before the first step). */
    public double weightGrad(int layer, int from, int to) {
        return weightGrads[layer][index(layer, from, to)];
    }

    /** dL/db of the last training step for one neuron. */
    public double biasGrad(int layer, int neuron) {
        return biasGrads[layer][neuron];
    }

    private int index(int layer, int from, int to) {
        int in = sizes[layer];
        int out = sizes[layer + 1];
        if (from < 0 || from >= in || to < 0 || to >= out) {
            throw new IllegalArgumentException("layer " + layer + " connects " + in + " to " + out
                    + " neurons; no weight " + from + " -> " + to);
        }
        return from * out + to;
    }

    /** Switches optimizer; its state (velocities, moments) starts from zero. */
    public void setOptimizer(OptimizerSpec spec) {
        int[] lengths = new int[params.length];
        for (int i = 0; i < params.length; i++) {
            lengths[i] = params[i].length;
        }
        optimizer = new PlainOptimizer(spec, lengths);
    }

    public OptimizerSpec optimizer() {
        return new OptimizerSpec(optimizer.type(), optimizer.learningRate());
    }

    /** Changes the learning rate between steps, keeping the optimizer's state. */
    public void setLearningRate(double rate) {
        optimizer.setLearningRate(rate);
    }

    public double learningRate() {
        return optimizer.learningRate();
    }

    public void setRegularization(Regularization regularization) {
        this.regularization = regularization == null ? Regularization.NONE : regularization;
    }

    public Regularization regularization() {
        return regularization;
    }

    /** The loss type a model file would record (half MSE is saved as MSE). */
    public LossType lossType() {
        switch (loss) {
            case SOFTMAX_CROSS_ENTROPY: return LossType.SOFTMAX_CROSS_ENTROPY;
            case BINARY_CROSS_ENTROPY: return LossType.BINARY_CROSS_ENTROPY;
            default: return LossType.MSE;
        }
    }
}
