package org.neurallab.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mean squared error. By default as Keras computes it, mean of (y - t)^2 over every output, which is
 * what the lectures' Keras examples train with. {@link #half()} gives half of that, the form whose
 * gradient is simply (y - t) and which TensorFlow Playground uses.
 */
public final class MeanSquaredError implements Loss {
    private final double scale;
    private INDArray diff;

    public MeanSquaredError() {
        this(1.0);
    }

    private MeanSquaredError(double scale) {
        this.scale = scale;
    }

    public static MeanSquaredError half() {
        return new MeanSquaredError(0.5);
    }

    @Override
    public double forward(INDArray output, INDArray target) {
        diff = output.sub(target);
        return scale * diff.mul(diff).sumNumber().doubleValue() / diff.length();
    }

    @Override
    public INDArray backward() {
        return diff.mul(2 * scale / diff.length());
    }

    @Override
    public INDArray activate(INDArray output) {
        return output.dup();
    }

    /** The book's sum-of-squares error for one example: 0.5 * sum((y - t)^2). */
    public static double sumOfSquares(double[] y, double[] t) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] - t[i]) * (y[i] - t[i]);
        }
        return 0.5 * sum;
    }
}
