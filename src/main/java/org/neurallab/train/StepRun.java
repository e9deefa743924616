package org.neurallab.train;

/**
 * A run whose training the lab writes itself instead of the standard epoch/batch {@link Trainer}: the
 * Playground's epochs, teaching a class set, fine-tuning, the tiny CNN, the curriculum's XOR. It gets the same
 * {@link RunHandle} (pause, resume, step, stop), states and events as a standard run: Started, a
 * {@link TrainingEvent.StepEnd} after every step, Paused/Resumed when asked, then Stopped or Failed. Pause,
 * step and stop act between two steps; the Started and Paused/Resumed events count it as one epoch of
 * {@code steps} steps.
 *
 * @param name  for the log
 * @param steps the number of steps of the whole run, or 0 for a run that goes on until it is stopped
 * @param paced true: while running, each step also waits for {@link RunHandle#tick()} (e.g. once per animation
 *              frame), so the run trains no faster than the screen shows it
 * @param body  the training, run on the worker thread
 */
public record StepRun(String name, int steps, boolean paced, Body body, TrainingListener listener) {

    /** The whole training of a custom run: asks {@link RunSteps#next()} before each step. */
    @FunctionalInterface
    public interface Body {
        void train(RunSteps steps) throws Exception;
    }

    /** The whole training of a custom run that ends in a result (see {@link TrainingWorker#compute}). */
    @FunctionalInterface
    public interface Job<T> {
        T train(RunSteps steps) throws Exception;
    }

    /** One step of a run made of equal steps. */
    @FunctionalInterface
    public interface Step {
        /**
         * Trains step {@code number} (from 1) on the worker thread.
         *
         * @return the step's loss, NaN when it has none
         */
        double train(int number) throws Exception;
    }

    public StepRun {
        if (name == null || body == null) {
            throw new IllegalArgumentException("a step run needs a name and a body");
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        if (listener == null) {
            listener = TrainingListener.NONE;
        }
    }

    /** A run of {@code steps} calls of {@code step} (or calls until stopped when steps is 0). */
    public static StepRun of(String name, int steps, boolean paced, Step step, TrainingListener listener) {
        return new StepRun(name, steps, paced, run -> {
            while ((steps == 0 || run.done() < steps) && run.next()) {
                run.stepDone(step.train(run.done() + 1));
            }
        }, listener);
    }
}
