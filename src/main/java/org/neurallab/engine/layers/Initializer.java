package org.neurallab.engine.layers;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;

/**
 * Creates parameters from a seeded random source, so the same seed always gives the same weights.
 * Numbers are drawn in Java (not by ND4J's global generator) to stay reproducible across threads.
 */
public final class Initializer {
    private final Random random;
    private final DataType dataType;

    public Initializer(long seed, DataType dataType) {
        this.random = new Random(seed);
        this.dataType = dataType;
    }

    public Initializer(long seed) {
        this(seed, DataType.FLOAT);
    }

    public DataType dataType() {
        return dataType;
    }

    /** A fresh generator derived from this one, for layers that need randomness while training (Dropout). */
    public long nextSeed() {
        return random.nextLong();
    }

    /** He (Kaiming) normal: standard deviation sqrt(2 / fanIn); suits ReLU-family activations. */
    public INDArray he(long[] shape, int fanIn) {
        return normal(shape, Math.sqrt(2.0 / fanIn));
    }

    /** Xavier (Glorot) uniform: limit sqrt(6 / (fanIn + fanOut)); suits sigmoid and tanh. */
    public INDArray xavier(long[] shape, int fanIn, int fanOut) {
        double limit = Math.sqrt(6.0 / (fanIn + fanOut));
        double[] values = new double[(int) count(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextDouble() * 2 - 1) * limit;
        }
        return Nd4j.create(values, shape, dataType);
    }

    /** Picks He for rectifiers and Xavier otherwise. */
    public INDArray forActivation(Activation activation, long[] shape, int fanIn, int fanOut) {
        return activation.prefersHeInit() ? he(shape, fanIn) : xavier(shape, fanIn, fanOut);
    }

    public INDArray zeros(long... shape) {
        return Nd4j.zeros(dataType, shape);
    }

    private INDArray normal(long[] shape, double std) {
        double[] values = new double[(int) count(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * std;
        }
        return Nd4j.create(values, shape, dataType);
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }
}
