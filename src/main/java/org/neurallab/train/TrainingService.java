package org.neurallab.train;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.neurallab.engine.Sequential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where models are trained. It owns a single daemon thread, "training-worker"; runs wait in
 * line and train one at a time. Models are not thread-safe, so anything else that touches a model which
 * may be training (evaluating, predicting a drawn digit) should go through {@link #runOnWorker}, which runs
 * between two batches of the current run (also while it is paused) or right away when the worker is idle.
 */
public final class TrainingService implements AutoCloseable {
    public static final String THREAD_NAME = "training-worker";
    private static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    private static final long SHUTDOWN_WAIT_MS = 5_000;

    private final ExecutorService worker;
    private volatile Thread workerThread;
    private final Set<RunHandle> unfinished = ConcurrentHashMap.newKeySet();
    private final Queue<WorkerTask> tasks = new ConcurrentLinkedQueue<>();
    private volatile RunHandle active;
    private volatile boolean shutDown; // written under this

    public TrainingService() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true); // never keeps the JVM alive
            workerThread = t;
            return t;
        });
    }

    public RunHandle start(Sequential model, TrainingData train, RunConfig config, TrainingListener listener) {
        return start(TrainingRun.of(model, train, config, listener));
    }

    /**
     * Queues a run; it starts when the runs before it have ended.
     *
     * @throws IllegalStateException after {@link #shutdown()}
     */
    public synchronized RunHandle start(TrainingRun run) {
        if (shutDown) {
            throw new IllegalStateException("the training service is shut down");
        }
        RunHandle handle = new RunHandle(this, run.listener());
        unfinished.add(handle);
        worker.execute(() -> {
            active = handle;
            if (shutDown) { // stopping one run lets the next begin before shutdown() reaches it
                handle.stop();
            }
            try {
                new Trainer(run, handle).run();
            } finally {
                active = null;
                unfinished.remove(handle);
            }
            runPendingTasks();
        });
        return handle;
    }

    /**
     * Runs a task on the worker thread, between batches of the current run or when idle. Called from the
     * worker itself (a listener), it runs at once.
     */
    public <T> CompletableFuture<T> runOnWorker(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable job = () -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        };
        if (isWorkerThread()) {
            job.run();
            return result;
        }
        synchronized (this) {
            if (shutDown) {
                result.completeExceptionally(new IllegalStateException("the training service is shut down"));
                return result;
            }
            tasks.add(new WorkerTask(job, result));
            worker.execute(this::runPendingTasks);
        }
        RunHandle current = active;
        if (current != null) {
            current.wake();
        }
        return result;
    }

    /** {@link Evaluator#evaluate} on the worker, safe while the model may be training. */
    public CompletableFuture<Evaluation> evaluate(Sequential model, TrainingData data, int batchSize) {
        return runOnWorker(() -> Evaluator.evaluate(model, data, batchSize));
    }

    public boolean isWorkerThread() {
        return Thread.currentThread() == workerThread;
    }

    /** Stops every run (queued ones never start), then ends the worker thread. Safe to call twice. */
    public void shutdown() {
        synchronized (this) {
            shutDown = true;
            unfinished.forEach(RunHandle::stop);
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(SHUTDOWN_WAIT_MS, TimeUnit.MILLISECONDS)) {
                LOG.warn("Training worker did not stop in {} ms; interrupting it", SHUTDOWN_WAIT_MS);
                worker.shutdownNow();
                worker.awaitTermination(SHUTDOWN_WAIT_MS, TimeUnit.MILLISECONDS);
            }
            Thread t = workerThread;
            if (t != null) {
                t.join(SHUTDOWN_WAIT_MS);
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // Runs the worker never reached still get their final state.
        unfinished.forEach(h -> h.finish(RunState.STOPPED, new TrainingEvent.Stopped(StopReason.USER)));
        WorkerTask leftover;
        while ((leftover = tasks.poll()) != null) {
            leftover.result().completeExceptionally(new CancellationException("the training service shut down"));
        }
    }

    @Override
    public void close() {
        shutdown();
    }

    boolean hasPendingTasks() {
        return !tasks.isEmpty();
    }

    void runPendingTasks() {
        WorkerTask task;
        while ((task = tasks.poll()) != null) {
            task.job().run();
        }
    }

    private record WorkerTask(Runnable job, CompletableFuture<?> result) {
    }
}
