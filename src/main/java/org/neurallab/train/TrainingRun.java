package org.neurallab.train;

import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Optimizer;

/**
 * Everything one run needs. The model is trained in place; while the run is active nobody else may use it
 * (see {@link TrainingService#runOnWorker}).
 *
 * @param validation own validation data, or null to use the config's validation split (if any)
 * @param optimizer  an optimizer to keep using (for example across several runs of one lab), or null to make
 *                   a fresh one from the config
 */
public record TrainingRun(Sequential model, TrainingData train, TrainingData validation, RunConfig config,
                          Optimizer optimizer, TrainingListener listener) {

    public TrainingRun {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        if (train == null) {
            throw new IllegalArgumentException("training data must not be null");
        }
        if (config == null) {
            throw new IllegalArgumentException("run config must not be null");
        }
        if (listener == null) {
            listener = TrainingListener.NONE;
        }
    }

    public static TrainingRun of(Sequential model, TrainingData train, RunConfig config, TrainingListener listener) {
        return new TrainingRun(model, train, null, config, null, listener);
    }

    public TrainingRun withValidation(TrainingData value) {
        return new TrainingRun(model, train, value, config, optimizer, listener);
    }

    public TrainingRun withOptimizer(Optimizer value) {
        return new TrainingRun(model, train, validation, config, value, listener);
    }
}
