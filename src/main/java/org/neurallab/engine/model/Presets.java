package org.neurallab.engine.model;

import java.util.List;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;

/** The lectures' MNIST models, ready to build: two dense networks and the convolutional one. */
public final class Presets {
    private static final int[] MNIST = {1, 28, 28};

    private Presets() {
    }

    /** Flatten, Dense 128 ReLU, Dropout 0.2, Dense 10 softmax (101,770 parameters). */
    public static ModelSpec mlp128() {
        return mlp(128);
    }

    /** The wider variant: Dense 512 ReLU instead of 128. */
    public static ModelSpec mlp512() {
        return mlp(512);
    }

    /** Conv2D 64 3x3 ReLU, MaxPool 2x2, Flatten, Dense 128 ReLU, Dense 10 softmax. */
    public static ModelSpec cnn() {
        return cnn(64);
    }

    /** The same network with 32 filters, for slower computers. */
    public static ModelSpec cnnSmall() {
        return cnn(32);
    }

    /**
     * The network behind the Digits lab: two convolution + pooling stages, then a dense layer with
     * dropout. Deeper than the lecture CNN, so it reads hand-drawn digits more reliably.
     */
    public static ModelSpec digitsCnn() {
        return new ModelSpec(MNIST.clone(), List.of(
                new LayerSpec.Conv2D(32, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Conv2D(64, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dropout(0.25),
                new LayerSpec.Dense(128, Activation.RELU),
                new LayerSpec.Dropout(0.4),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    }

    /** Flatten, Dense {@code units} ReLU, Dropout 0.2, Dense 10 softmax (the bench sweeps the width). */
    public static ModelSpec mlp(int units) {
        return new ModelSpec(MNIST.clone(), List.of(
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(units, Activation.RELU),
                new LayerSpec.Dropout(0.2),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    }

    private static ModelSpec cnn(int filters) {
        return new ModelSpec(MNIST.clone(), List.of(
                new LayerSpec.Conv2D(filters, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(128, Activation.RELU),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    }
}
