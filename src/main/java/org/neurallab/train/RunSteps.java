package org.neurallab.train;

import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link StepRun}'s body uses on the worker thread: {@link #next()} before each step (where the run
 * pauses, single-steps, waits for its tick and stops, and where other work for this worker runs), and
 * {@link #stepDone(double)} after it.
 */
public final class RunSteps {
    private static final Logger LOG = LoggerFactory.getLogger(RunSteps.class);

    private final StepRun run;
    private final RunHandle handle;
    private int done;
    private boolean stopped;

    private RunSteps(StepRun run, RunHandle handle) {
        this.run = run;
        this.handle = handle;
    }

    /** Runs the body on the worker: Started, its steps, then Stopped(FINISHED or USER) or Failed. */
    static void execute(StepRun run, RunHandle handle) {
        RunSteps steps = new RunSteps(run, handle);
        RunOutcome.execute(handle, LOG, run.name(), () -> {
            handle.emit(new TrainingEvent.Started(1, run.steps(), 0, 0));
            run.body().train(steps);
            return !steps.stopped;
        });
    }

    /**
     * Waits for the next step's turn: while the run is paused (unless {@link RunHandle#step()} allows one),
     * or, for a paced run, until the next tick.
     *
     * @return false once the run is stopped: the body then returns without training more
     */
    public boolean next() throws InterruptedException {
        if (!stopped) {
            stopped = !handle.awaitTurn(1, done + 1);
        }
        return !stopped;
    }

    /** Reports a trained step: sends {@link TrainingEvent.StepEnd}. */
    public void stepDone(double loss) {
        done++;
        handle.emit(new TrainingEvent.StepEnd(done, run.steps(), loss));
    }

    /** True once {@link #next()} said the run is stopped. */
    public boolean stopped() {
        return stopped;
    }

    /** Steps reported so far. */
    public int done() {
        return done;
    }

    /**
     * {@link #next()} for code that asks "cancelled?" before each of its steps (true = stop): pause and
     * single-step then work inside that code's own loop.
     */
    public BooleanSupplier cancelled() {
        return () -> {
            try {
                return !next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                return true;
            }
        };
    }
}
