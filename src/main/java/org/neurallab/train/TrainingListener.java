package org.neurallab.train;

/**
 * Receives a run's events on the training worker thread. It must return quickly; a UI should queue the
 * events and draw at most once per frame. Exceptions thrown here are logged and ignored.
 */
@FunctionalInterface
public interface TrainingListener {

    TrainingListener NONE = event -> { };

    void onEvent(TrainingEvent event);
}
