package org.neurallab.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.layers.Initializer;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.LayerFactory;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.loss.Loss;
import org.neurallab.engine.model.ModelLimits;
import org.neurallab.engine.model.ModelProblem;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.Regularization;

/**
 * Layers applied one after another, as in Keras' Sequential. Training one batch is exactly the
 * lectures' recipe: forward, loss, backward through the layers in reverse, then the optimizer step.
 *
 * <p>Not thread-safe: a model belongs to one thread at a time (the training worker, or the UI for a
 * single drawn digit when no run is using it).
 */
public final class Sequential {
    private final ModelSpec spec;
    private final List<Layer> layers;
    private final List<int[]> outputShapes;
    private final Loss loss;
    private final List<Param> params;
    private final DataType dataType;

    private Sequential(ModelSpec spec, List<Layer> layers, List<int[]> outputShapes, DataType dataType) {
        this.spec = spec;
        this.layers = layers;
        this.outputShapes = outputShapes;
        this.loss = spec.loss().create();
        this.dataType = dataType;
        List<Param> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(l.params()));
        this.params = Collections.unmodifiableList(all);
    }

    /** Builds a float32 model with weights drawn from the seed. */
    public static Sequential build(ModelSpec spec, long seed) {
        return build(spec, seed, DataType.FLOAT);
    }

    /** Builds a model; double precision is for gradient checks. Throws if the spec has a problem. */
    public static Sequential build(ModelSpec spec, long seed, DataType dataType) {
        List<ModelProblem> problems = spec.problems(0);
        if (!problems.isEmpty()) {
            ModelProblem p = problems.get(0);
            throw new IllegalArgumentException((p.layerIndex() >= 0 ? "layer " + (p.layerIndex() + 1) + ": " : "")
                    + p.message());
        }
        ModelLimits.check(spec); // before any weight is allocated
        Engine.warmUp();
        Initializer init = new Initializer(seed, dataType);
        List<Layer> layers = LayerFactory.createAll(spec);
        List<int[]> shapes = new ArrayList<>();
        int[] shape = spec.inputShape();
        for (Layer layer : layers) {
            shape = layer.build(shape, init);
            shapes.add(shape);
        }
        return new Sequential(spec, List.copyOf(layers), List.copyOf(shapes), dataType);
    }

    public ModelSpec spec() {
        return spec;
    }

    public List<Layer> layers() {
        return layers;
    }

    public DataType dataType() {
        return dataType;
    }

    /** Output shape of layer i, without the batch dimension. */
    public int[] outputShape(int i) {
        return outputShapes.get(i).clone();
    }

    public int[] inputShape() {
        return spec.inputShape();
    }

    public List<Param> params() {
        return params;
    }

    public long paramCount() {
        return params.stream().mapToLong(Param::size).sum();
    }

    public Loss loss() {
        return loss;
    }

    /** The raw output (logits for classifiers). */
    public INDArray forward(INDArray x, boolean training) {
        INDArray out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, training);
        }
        return out;
    }

    /** Back-propagates dL/d(output) through every layer, filling every parameter's gradient. */
    public INDArray backward(INDArray dout) {
        return backward(dout, true);
    }

    /**
     * Back-propagates through the layers in reverse. Without the input gradient, it stops at the first layer
     * that has weights and does not compute that layer's input gradient: layers before it (a Flatten, say)
     * have nothing to learn, and for an MLP on images the skipped product is a third of the step's work.
     */
    private INDArray backward(INDArray dout, boolean inputGradientNeeded) {
        int firstTrainable = 0;
        while (firstTrainable < layers.size() - 1 && layers.get(firstTrainable).params().isEmpty()) {
            firstTrainable++;
        }
        int last = inputGradientNeeded ? 0 : firstTrainable;
        INDArray d = dout;
        for (int i = layers.size() - 1; i >= last; i--) {
            d = layers.get(i).backward(d, i > last || inputGradientNeeded);
        }
        return d;
    }

    /** What the user sees: probabilities for classifiers, values for regression. */
    public INDArray predict(INDArray x) {
        try (MemoryWorkspace ignored = Workspaces.open(Workspaces.PREDICT)) {
            return loss.activate(forward(x, false)).detach();
        }
    }

    /** Each layer's output for x (inference mode), for feature maps and neuron heatmaps. */
    public List<INDArray> layerOutputs(INDArray x) {
        List<INDArray> outputs = new ArrayList<>();
        INDArray out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, false);
            outputs.add(out);
        }
        return outputs;
    }

    /** Mean loss on a batch without changing anything (dropout off), including the penalty. */
    public double loss(INDArray x, INDArray target, Regularization regularization) {
        return loss.forward(forward(x, false), target) + regularization.penalty(params);
    }

    /**
     * One step of training on one batch: forward, loss, backward through the layers in reverse (without
     * the first layer's input gradient, which nobody needs), then the optimizer step. Every temporary
     * lives in the TRAIN workspace, reused by the next step instead of piling up off-heap memory until the
     * garbage collector runs; the loss and the count of right answers are read before it is released, so
     * nothing from the workspace escapes. A step whose loss is not finite changes no weight: the caller
     * decides what divergence means.
     */
    public StepResult trainStep(INDArray x, INDArray target, Optimizer optimizer, Regularization regularization) {
        return trainStep(x, target, optimizer, regularization, null);
    }

    /**
     * {@link #trainStep(INDArray, INDArray, Optimizer, Regularization)} that also lets a probe look at the
     * layers' outputs, the gradients and the update of this step (when it wants to) while they exist.
     *
     * @param probe null for none
     */
    public StepResult trainStep(INDArray x, INDArray target, Optimizer optimizer, Regularization regularization,
                                StepProbe probe) {
        try (MemoryWorkspace ignored = Workspaces.open(Workspaces.TRAIN)) {
            List<INDArray> outputs = probe == null ? null : new ArrayList<>(layers.size());
            INDArray out = x;
            for (Layer layer : layers) {
                out = layer.forward(out, true);
                if (outputs != null) {
                    outputs.add(out);
                }
            }
            double value = loss.forward(out, target) + regularization.penalty(params);
            int correct = correct(out, target);
            if (Double.isFinite(value)) {
                backward(loss.backward(), false);
                regularization.addGradients(params);
                boolean look = probe != null && probe.wanted();
                if (look) {
                    probe.beforeUpdate(this, outputs);
                }
                optimizer.step(params);
                if (look) {
                    probe.afterUpdate(this);
                }
            }
            return new StepResult(value, correct);
        }
    }

    /**
     * One step of training on one batch, for callers that need only the loss.
     *
     * @return the batch loss before the update, including any regularization penalty
     */
    public double trainBatch(INDArray x, INDArray target, Optimizer optimizer, Regularization regularization) {
        return trainStep(x, target, optimizer, regularization).loss();
    }

    /** Rows whose largest output is at the target's largest entry; -1 when that is no classification. */
    private static int correct(INDArray out, INDArray target) {
        if (out.rank() != 2 || out.columns() < 2 || !java.util.Arrays.equals(out.shape(), target.shape())) {
            return -1;
        }
        if (FloatLoops.applies(out, target)) {
            return FloatLoops.sameRowMaxima(out, target);
        }
        long[] predicted = out.argMax(1).toLongVector();
        long[] actual = target.argMax(1).toLongVector();
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == actual[i]) {
                correct++;
            }
        }
        return correct;
    }
}
