package org.neurallab.engine.layers;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.math.Reusable;
import org.neurallab.engine.model.LayerSpec;

/**
 * Inverted dropout: while training, each unit is zeroed with probability {@code rate} and the kept
 * ones are scaled by 1/(1-rate), so nothing needs rescaling at inference, where the layer does nothing.
 * Masks come from a generator seeded when the model is built: the same seed gives the same masks. (A
 * SplittableRandom: java.util.Random's thread-safe draws cost more than the rest of the layer.)
 */
public final class Dropout implements Layer {
    private final LayerSpec.Dropout spec;
    private SplittableRandom random = new SplittableRandom(0);
    private double[] values;
    private long[] shape;
    private org.nd4j.linalg.api.buffer.DataType dataType;
    private INDArray mask;
    private final Reusable forwardKept = new Reusable();
    private final Reusable backwardKept = new Reusable();

    Dropout(LayerSpec.Dropout spec) {
        this.spec = spec;
    }

    @Override
    public int[] build(int[] in, Initializer init) {
        random = new SplittableRandom(init.nextSeed());
        return outputShape(in);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        mask = null;
        if (!training || spec.rate() == 0) {
            values = null;
            return x;
        }
        double keep = 1.0 / (1.0 - spec.rate());
        if (values == null || values.length != x.length()) {
            values = new double[(int) x.length()];
        }
        // Each 64-bit draw decides two units: a unit is dropped when its 32 random bits fall below rate * 2^32.
        long threshold = (long) (spec.rate() * 0x1p32);
        for (int i = 0; i < values.length; i += 2) {
            long bits = random.nextLong();
            values[i] = (bits & 0xFFFFFFFFL) < threshold ? 0.0 : keep;
            if (i + 1 < values.length) {
                values[i + 1] = (bits >>> 32) < threshold ? 0.0 : keep;
            }
        }
        shape = x.shape();
        dataType = x.dataType();
        return times(x, forwardKept);
    }

    @Override
    public INDArray backward(INDArray dout) {
        return values == null ? dout : times(dout, backwardKept);
    }

    /** a * mask: one loop for float32 arrays (into an array kept between batches), an ND4J multiply otherwise. */
    private INDArray times(INDArray a, Reusable kept) {
        if (FloatLoops.applies(a)) {
            INDArray out = kept.like(a);
            FloatLoops.multiply(a, values, out);
            return out;
        }
        return a.mul(mask());
    }

    /** The multipliers used by the last training forward pass (0 or 1/(1-rate)), or null after inference. */
    public INDArray mask() {
        if (mask == null && values != null) {
            mask = HostArrays.fromDoubles(values, shape, dataType);
        }
        return mask;
    }

    @Override
    public LayerSpec.Dropout spec() {
        return spec;
    }
}
