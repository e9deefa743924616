package org.neurallab.engine.optim;

import java.nio.FloatBuffer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.layers.Param;

/**
 * Learning-rate handling, per-parameter state kept outside any workspace, and the two ways a step is
 * computed: the textbook formula with ND4J operations ({@link #stepWithNd4j}, used for float64 models such
 * as the gradient checks), and for float32 parameters the same formula as one loop ({@link #updateChunk}).
 *
 * <p>The loop runs chunk by chunk: a few thousand weights and their gradients are copied from the arrays'
 * off-heap memory into two small Java arrays, updated together with the optimizer's state (kept in Java
 * arrays), and the weights are copied back. The JIT turns a loop over Java arrays into vector instructions,
 * which it does not for element reads through a buffer, and a chunk stays in the CPU's fastest cache. One
 * pass over memory instead of ND4J's several, and no native call per parameter.
 */
abstract class BaseOptimizer implements Optimizer {
    /** Weights per chunk: two chunks of floats fit easily in a 32 KB L1 cache. */
    static final int CHUNK = 2048;

    private double learningRate;
    private final Map<Param, INDArray[]> state = new IdentityHashMap<>();
    private final Map<Param, float[][]> floatState = new IdentityHashMap<>();
    private final float[] weightChunk = new float[CHUNK];
    private final float[] gradientChunk = new float[CHUNK];

    BaseOptimizer(double learningRate) {
        setLearningRate(learningRate);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        OptimizerSpec.checkLearningRate(learningRate);
        this.learningRate = learningRate;
    }

    @Override
    public final void step(List<Param> params) {
        beginStep();
        for (Param p : params) {
            if (FloatLoops.applies(p.value(), p.grad())) {
                stepInLoop(p, floatState(p));
            } else {
                stepWithNd4j(p);
            }
        }
    }

    /** Called once per step before any parameter is updated (Adam counts its steps here). */
    void beginStep() {
    }

    /** How many state values per weight this optimizer keeps (velocity, moments). */
    abstract int stateCount();

    /** The update as the textbook writes it, in ND4J operations, for parameters of any data type. */
    abstract void stepWithNd4j(Param p);

    /**
     * The same update for {@code count} weights: {@code w[i]} and {@code g[i]} for i below count are this
     * chunk's weights and gradients, {@code state[s][offset + i]} their state; w is written back afterwards.
     */
    abstract void updateChunk(float[] w, float[] g, int count, float[][] state, int offset);

    private void stepInLoop(Param p, float[][] s) {
        FloatBuffer w = FloatLoops.view(p.value());
        FloatBuffer g = FloatLoops.view(p.grad());
        int n = (int) p.size();
        for (int offset = 0; offset < n; offset += CHUNK) {
            int count = Math.min(CHUNK, n - offset);
            w.get(offset, weightChunk, 0, count);
            g.get(offset, gradientChunk, 0, count);
            updateChunk(weightChunk, gradientChunk, count, s, offset);
            w.put(offset, weightChunk, 0, count);
        }
    }

    /** Zero-filled float32 state for a parameter, made once. */
    private float[][] floatState(Param p) {
        return floatState.computeIfAbsent(p, key -> new float[stateCount()][(int) key.size()]);
    }

    /** Zero-filled state arrays for a parameter, made once and kept alive between steps. */
    INDArray[] state(Param p, int count) {
        return state.computeIfAbsent(p, key -> {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                INDArray[] arrays = new INDArray[count];
                for (int i = 0; i < count; i++) {
                    arrays[i] = key.value().ulike().assign(0);
                }
                return arrays;
            }
        });
    }
}
