package org.neurallab.train.inside;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.StepProbe;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.model.LayerSpec;

/**
 * Looks inside the network during training, on the training thread, from what the step already has: the
 * layers' outputs for the batch, the gradients of the weights, and the weights just before and after the
 * update. It samples the first batch, then a batch at most every {@link InsideWatch#intervalMillis()}, and
 * always the batch after which the run is about to pause; {@link #take} hands out the sampled batch as an
 * {@link InsideSnapshot} of plain values. One sampler per run; not thread-safe.
 */
public final class InsideSampler implements StepProbe {
    static final int BINS = 16;

    private final long intervalNanos;
    private final double maxShare;
    private long waitNanos;
    private final int maxFilters;
    private final BooleanSupplier pausing;
    private long lastSample;
    private boolean sampledAny;
    private boolean sampledLast;
    private INDArray[] weightsBefore = new INDArray[0];
    private List<Partial> partial = List.of();
    private List<LayerStats> ready;
    private FilterImages readyFilters;
    private long spent;

    /** @param pausing true when the run will pause after this batch: that batch is always sampled */
    public InsideSampler(InsideWatch watch, BooleanSupplier pausing) {
        this.intervalNanos = watch.intervalMillis() * 1_000_000L;
        this.maxFilters = watch.maxFilters();
        this.maxShare = watch.maxShare();
        this.pausing = pausing;
    }

    @Override
    public boolean wanted() {
        long now = System.nanoTime();
        sampledLast = !sampledAny || now - lastSample >= waitNanos || pausing.getAsBoolean();
        if (sampledLast) {
            sampledAny = true;
            lastSample = now;
        }
        return sampledLast;
    }

    /** Whether the last step that reached its update was looked at. */
    public boolean sampledLastStep() {
        return sampledLast;
    }

    @Override
    public void beforeUpdate(Sequential model, List<INDArray> outputs) {
        long start = System.nanoTime();
        List<Layer> layers = model.layers();
        if (weightsBefore.length != layers.size()) {
            weightsBefore = new INDArray[layers.size()];
        }
        List<Partial> found = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            Activation activation = activationOf(layers.get(i).spec());
            if (activation == null) {
                continue;
            }
            INDArray out = outputs.get(i);
            int[] shape = model.outputShape(i);
            int units = shape[0];
            int inner = 1;
            for (int d = 1; d < shape.length; d++) {
                inner *= shape[d];
            }
            OutputSummary summary = new OutputSummary(floats(out), (int) out.length(), units, inner,
                    activation == Activation.RELU, BINS);
            Param w = weightsOf(layers.get(i));
            double gradientNorm = Double.NaN;
            if (w != null) {
                // whole weight arrays go to ND4J's native loops: a CNN's dense layer has over a million
                gradientNorm = w.grad().norm2Number().doubleValue();
                weightsBefore[i] = keep(weightsBefore[i], w.value());
            }
            found.add(new Partial(i, layers.get(i).spec(), units, summary, gradientNorm));
        }
        partial = found;
        spent = System.nanoTime() - start;
    }

    @Override
    public void afterUpdate(Sequential model) {
        long start = System.nanoTime();
        List<LayerStats> stats = new ArrayList<>(partial.size());
        for (Partial p : partial) {
            double ratio = Double.NaN;
            Param w = weightsOf(model.layers().get(p.index));
            if (w != null) {
                ratio = updateRatio(weightsBefore[p.index], w.value());
            }
            OutputSummary s = p.summary;
            stats.add(new LayerStats(p.index, p.spec, p.units, s.mean, s.spread, s.min, s.max, s.histogram,
                    s.deadShare, p.gradientNorm, ratio));
        }
        ready = stats;
        readyFilters = maxFilters == 0 ? null : FirstLayerPictures.of(model, maxFilters);
        partial = List.of();
        spent += System.nanoTime() - start;
        // the wait counts from the start of the look: waiting t / share in all keeps looking to that share
        waitNanos = Math.max(intervalNanos, maxShare >= 1 ? 0 : (long) (spent / maxShare));
    }

    /**
     * The batch sampled in the step just trained, or null when that step was not sampled; each sample is
     * handed out once.
     */
    public InsideSnapshot take(int epoch, int batch) {
        if (ready == null) {
            return null;
        }
        InsideSnapshot snapshot = new InsideSnapshot(epoch, batch, ready, readyFilters, spent);
        ready = null;
        readyFilters = null;
        return snapshot;
    }

    /** A copy of the weights in an array of the sampler's own, outside the step's workspace, reused. */
    private static INDArray keep(INDArray copy, INDArray weights) {
        if (copy == null || !java.util.Arrays.equals(copy.shape(), weights.shape())
                || copy.dataType() != weights.dataType()) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                return weights.dup();
            }
        }
        return copy.assign(weights);
    }

    /** ||after - before|| / ||before||: how far one step moved the weights, relative to their size. */
    private static double updateRatio(INDArray before, INDArray after) {
        double change = after.distance2(before);
        double size = before.norm2Number().doubleValue();
        return size == 0 ? (change == 0 ? 0 : Double.POSITIVE_INFINITY) : change / size;
    }

    /** The activation a watched layer applies, or null for layers that are not watched. */
    static Activation activationOf(LayerSpec spec) {
        if (spec instanceof LayerSpec.Dense d) {
            return d.activation();
        } else if (spec instanceof LayerSpec.Conv2D c) {
            return c.activation();
        } else if (spec instanceof LayerSpec.ActivationLayer a) {
            return a.activation();
        }
        return null;
    }

    /** The layer's weight matrix or kernels (its regularized parameter), or null. */
    static Param weightsOf(Layer layer) {
        for (Param p : layer.params()) {
            if (p.regularized()) {
                return p;
            }
        }
        return null;
    }

    /** The array's values in row-major order: its own memory for float32, a float copy otherwise. */
    static FloatBuffer floats(INDArray a) {
        if (FloatLoops.applies(a)) {
            return FloatLoops.view(a);
        }
        return FloatLoops.view(a.castTo(DataType.FLOAT).dup('c'));
    }

    private record Partial(int index, LayerSpec spec, int units, OutputSummary summary, double gradientNorm) {
    }
}
