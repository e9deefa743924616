package org.neurallab.train;

import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.train.inside.InsideWatch;

/**
 * Everything one run needs. The model is trained in place; while the run is active nobody else may use it
 * (see {@link TrainingService#runOnWorker}).
 *
 * @param validation own validation data, or null to use the config's validation split (if any)
 * @param optimizer  an optimizer to keep using (for example across several runs of one lab), or null to make
 *                   a fresh one from the config
 * @param inside     how often to look inside the network ({@link TrainingEvent.Inside} events), or null for never
 */
public record TrainingRun(Sequential model, TrainingData train, TrainingData validation, RunConfig config,
                          Optimizer optimizer, TrainingListener listener, InsideWatch inside) {

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
        return new TrainingRun(model, train, null, config, null, listener, null);
    }

    public TrainingRun withValidation(TrainingData value) {
        return new TrainingRun(model, train, value, config, optimizer, listener, inside);
    }

    public TrainingRun withOptimizer(Optimizer value) {
        return new TrainingRun(model, train, validation, config, value, listener, inside);
    }

    /** The same run, looking inside the network as often as the watch says (null: never). */
    public TrainingRun withInside(InsideWatch value) {
        return new TrainingRun(model, train, validation, config, optimizer, listener, value);
    }
}
