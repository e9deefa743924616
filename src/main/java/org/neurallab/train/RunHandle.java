package org.neurallab.train;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controls one run from any thread. Every control is safe at any moment: before the run starts it is
 * remembered (a run paused before it starts pauses before its first batch; stopped, it never trains), and
 * once the run has ended it does nothing. The worker only reacts between batches (a {@link StepRun}'s steps).
 */
public final class RunHandle {
    private static final Logger LOG = LoggerFactory.getLogger(RunHandle.class);

    private final TrainingWorker worker;
    private final TrainingListener listener;
    private final boolean paced;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<TrainingEvent.EpochEnd> history = new CopyOnWriteArrayList<>();

    // Guarded by lock.
    private RunState state = RunState.NEW;
    private boolean pauseRequested;
    private boolean stopRequested;
    private int stepsAllowed;
    private boolean lastBatchUnseen;
    private boolean ticked;
    private volatile TrainingEvent outcome;

    RunHandle(TrainingWorker worker, TrainingListener listener, boolean paced) {
        this.worker = worker;
        this.listener = listener;
        this.paced = paced;
    }

    /** Asks the worker to wait before the next batch. */
    public void pause() {
        update(() -> pauseRequested = true);
    }

    /** Lets a paused run continue. */
    public void resume() {
        update(() -> {
            pauseRequested = false;
            stepsAllowed = 0;
        });
    }

    /** Ends the run before its next batch (also while paused); it then reports Stopped(USER). */
    public void stop() {
        update(() -> stopRequested = true);
    }

    /** While paused: trains exactly one more batch, then stays paused. Otherwise does nothing. */
    public void step() {
        update(() -> {
            if (pauseRequested) {
                stepsAllowed++;
            }
        });
    }

    /** For a paced {@link StepRun}: lets the running run train its next step (call it once per frame). */
    public void tick() {
        update(() -> ticked = true);
    }

    public RunState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the run has ended and its last event has been delivered.
     *
     * @return true if it ended within the timeout
     */
    public boolean awaitCompletion(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Metrics of every finished epoch so far (a snapshot, safe to keep). */
    public List<TrainingEvent.EpochEnd> history() {
        return List.copyOf(history);
    }

    /** The final Stopped or Failed event, once the run has ended. */
    public Optional<TrainingEvent> outcome() {
        return Optional.ofNullable(outcome);
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            if (!state.isTerminal()) {
                change.run();
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- worker side ----

    /** Marks the run as running; false when it was stopped before it could start. */
    boolean begin() {
        lock.lock();
        try {
            if (stopRequested || state.isTerminal()) {
                return false;
            }
            state = RunState.RUNNING;
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean stopRequested() {
        lock.lock();
        try {
            return stopRequested;
        } finally {
            lock.unlock();
        }
    }

    /** Whether a pause was asked for: the run pauses (or stays paused) before its next batch. */
    boolean pauseRequested() {
        lock.lock();
        try {
            return pauseRequested;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Says whether the batch just trained was looked inside. A pause that finds the last batch unseen takes
     * effect one batch later: that batch starts with the pause already asked for, so the sampler looks inside it
     * and the paused run shows the batch it stopped after. Deciding this in {@link #awaitTurn}, under the same
     * lock as the pause itself, leaves no moment at which a pause could slip in unseen.
     */
    void lastBatchSeen(boolean seen) {
        lock.lock();
        try {
            lastBatchUnseen = !seen;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes a paused worker so that it can run tasks given to {@link TrainingWorker#runOnWorker}. */
    void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called before each batch: waits while paused (running worker tasks meanwhile) and says whether to train
     * the batch. Events are sent outside the lock so that a listener may call the controls.
     *
     * @return false when the run should stop
     */
    boolean awaitTurn(int epoch, int batch) throws InterruptedException {
        while (true) {
            TrainingEvent event = null;
            boolean train = false;
            boolean stop = false;
            boolean runTasks = false;
            lock.lock();
            try {
                if (stopRequested) {
                    stop = true;
                } else if (worker.hasPendingTasks()) {
                    runTasks = true;
                } else if (!pauseRequested) {
                    if (state == RunState.PAUSED) {
                        state = RunState.RUNNING;
                        event = new TrainingEvent.Resumed(epoch, batch);
                    } else if (paced && !ticked) {
                        changed.await();
                    } else {
                        ticked = false;
                        train = true;
                    }
                } else if (state != RunState.PAUSED && lastBatchUnseen) {
                    lastBatchUnseen = false;
                    train = true;
                } else if (state != RunState.PAUSED) {
                    state = RunState.PAUSED;
                    event = new TrainingEvent.Paused(epoch, batch);
                } else if (stepsAllowed > 0) {
                    stepsAllowed--;
                    train = true;
                } else {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
            if (event != null) {
                emit(event);
            }
            if (stop) {
                return false;
            }
            if (runTasks) {
                worker.runPendingTasks();
            }
            if (train) {
                return true;
            }
        }
    }

    void addEpoch(TrainingEvent.EpochEnd epoch) {
        history.add(epoch);
    }

    /** Sets the final state, delivers the final event, then releases awaitCompletion. Idempotent. */
    void finish(RunState terminal, TrainingEvent event) {
        lock.lock();
        try {
            if (state.isTerminal()) {
                return;
            }
            state = terminal;
            outcome = event;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            emit(event);
        } finally {
            done.countDown();
        }
    }

    void emit(TrainingEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warn("Training listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }
}
