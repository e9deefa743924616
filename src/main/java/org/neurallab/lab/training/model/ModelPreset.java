package org.neurallab.lab.training.model;

import java.util.List;
import org.neurallab.engine.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;

/** The lectures' models a student can start from, by the key of their name in the bundle. */
public enum ModelPreset {
    MLP_128("training.preset.mlp128"),
    MLP_512("training.preset.mlp512"),
    CNN("training.preset.cnn");

    /** MNIST images as the engine takes them: one channel of 28 by 28 pixels. */
    public static final int[] IMAGE_SHAPE = {1, 28, 28};

    private final String key;

    ModelPreset(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public ModelSpec spec() {
        return new ModelSpec(IMAGE_SHAPE, layers(), LossType.SOFTMAX_CROSS_ENTROPY);
    }

    private List<LayerSpec> layers() {
        LayerSpec out = new LayerSpec.Dense(10, Activation.SOFTMAX);
        switch (this) {
            case MLP_512:
                return List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(512, Activation.RELU),
                        new LayerSpec.Dropout(0.2), out);
            case CNN:
                return List.of(new LayerSpec.Conv2D(64, 3, 1, Padding.VALID, Activation.RELU),
                        new LayerSpec.MaxPool2D(2, 2), new LayerSpec.Flatten(),
                        new LayerSpec.Dense(128, Activation.RELU), out);
            default:
                return List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(128, Activation.RELU),
                        new LayerSpec.Dropout(0.2), out);
        }
    }
}
