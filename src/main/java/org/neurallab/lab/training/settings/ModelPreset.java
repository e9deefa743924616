package org.neurallab.lab.training.settings;

import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Presets;

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
        switch (this) {
            case MLP_512: return Presets.mlp512();
            case CNN: return Presets.cnn();
            default: return Presets.mlp128();
        }
    }
}
