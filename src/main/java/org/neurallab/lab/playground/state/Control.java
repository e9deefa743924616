package org.neurallab.lab.playground.state;

import java.util.Locale;

/** The controls a teacher can hide or lock in lesson mode. */
public enum Control {
    DATASET, NOISE, TRAIN_RATIO, FEATURES, LAYERS, NEURONS, ACTIVATION, LEARNING_RATE, REGULARIZATION,
    BATCH_SIZE, OPTIMIZER, LOSS, PROBLEM, SEED, WEIGHTS, POINTS;

    public String key() {
        return "control." + name().toLowerCase(Locale.ROOT);
    }
}
