package org.neurallab.engine.layers;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.model.LayerSpec;

/**
 * Inverted dropout: while training, each unit is zeroed with probability {@code rate} and the kept
 * ones are scaled by 1/(1-rate), so nothing needs rescaling at inference, where the layer does nothing.
 * Masks come from a generator seeded when the model is built: the same seed gives the same masks.
 */
public final class Dropout implements Layer {
    private final LayerSpec.Dropout spec;
    private Random random = new Random(0);
    private INDArray mask;

    Dropout(LayerSpec.Dropout spec) {
        this.spec = spec;
    }

    @Override
    public int[] build(int[] in, Initializer init) {
        random = new Random(init.nextSeed());
        return outputShape(in);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        if (!training || spec.rate() == 0) {
            mask = null;
            return x;
        }
        double keep = 1.0 / (1.0 - spec.rate());
        double[] m = new double[(int) x.length()];
        for (int i = 0; i < m.length; i++) {
            m[i] = random.nextDouble() < spec.rate() ? 0.0 : keep;
        }
        mask = HostArrays.fromDoubles(m, x.shape(), x.dataType());
        return x.mul(mask);
    }

    @Override
    public INDArray backward(INDArray dout) {
        return mask == null ? dout : dout.mul(mask);
    }

    /** The multipliers used by the last training forward pass (0 or 1/(1-rate)), or null after inference. */
    public INDArray mask() {
        return mask;
    }

    @Override
    public LayerSpec.Dropout spec() {
        return spec;
    }
}
