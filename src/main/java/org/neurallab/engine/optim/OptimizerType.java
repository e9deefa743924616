package org.neurallab.engine.optim;

import java.util.Locale;

/** The optimizers of the lectures, by the names the CLI and model files use. */
public enum OptimizerType {
    SGD, MOMENTUM, ADAM, RMSPROP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OptimizerType fromId(String id) {
        for (OptimizerType t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown optimizer '" + id + "'; allowed: sgd, momentum, adam, rmsprop");
    }
}
