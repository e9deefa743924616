package org.neurallab.train;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neurallab.engine.Sequential;

/**
 * One named thread of the {@link TrainingService}. Runs started here wait in line and train one at a time;
 * tasks given to {@link #runOnWorker} (or {@link #execute}) run between two steps of the current run (also
 * while it is paused) or right away when the worker is idle. Models are not thread-safe, so whatever a run
 * trains is touched only through its worker. Labs that train side by side use workers of their own.
 */
public final class TrainingWorker implements Executor {
    private final String name;
    private final ExecutorService executor;
    private volatile Thread thread;
    private final Set<RunHandle> unfinished = ConcurrentHashMap.newKeySet();
    private final Queue<WorkerTask> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile RunHandle active;
    private volatile boolean shutDown; // written under this

    TrainingWorker(String name, ThreadFactory threads) {
        this.name = name;
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = threads.newThread(r);
            thread = t;
            return t;
        });
    }

    /** The worker thread's name. */
    public String name() {
        return name;
    }

    public RunHandle start(Sequential model, TrainingData train, RunConfig config, TrainingListener listener) {
        return start(TrainingRun.of(model, train, config, listener));
    }

    /**
     * Queues a standard epoch/batch run; it starts when the runs before it on this worker have ended.
     *
     * @throws IllegalStateException after the service shut down
     */
    public RunHandle start(TrainingRun run) {
        return queue(run.listener(), false, handle -> new Trainer(run, handle).run());
    }

    /**
     * Queues a run whose steps the lab writes (see {@link StepRun}); same handle, states and events as a
     * standard run.
     *
     * @throws IllegalStateException after the service shut down
     */
    public RunHandle start(StepRun run) {
        return queue(run.listener(), run.paced(), handle -> RunSteps.execute(run, handle));
    }

    /**
     * Starts a step run whose body ends in a result: the future gets it, or the run's failure, or a
     * {@link CancellationException} when the run was stopped. Cancelling the future stops the run.
     */
    public <T> CompletableFuture<T> compute(String runName, int steps, StepRun.Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        RunHandle handle = start(new StepRun(runName, steps, false, run -> {
            T value = job.train(run);
            if (!run.stopped()) {
                result.complete(value);
            }
        }, event -> {
            if (event instanceof TrainingEvent.Failed f) {
                result.completeExceptionally(f.cause() != null ? f.cause() : new IllegalStateException(f.message()));
            } else if (event instanceof TrainingEvent.Stopped) { // after a result, this changes nothing
                result.completeExceptionally(new CancellationException(runName + " was stopped"));
            }
        }));
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                handle.stop();
            }
        });
        return result;
    }

    private synchronized RunHandle queue(TrainingListener listener, boolean paced,
                                         java.util.function.Consumer<RunHandle> body) {
        if (shutDown) {
            throw new IllegalStateException("the training service is shut down");
        }
        RunHandle handle = new RunHandle(this, listener, paced);
        unfinished.add(handle);
        executor.execute(() -> {
            active = handle;
            if (shutDown) { // stopping one run lets the next begin before shutdown reaches it
                handle.stop();
            }
            try {
                body.accept(handle);
            } finally {
                active = null;
                unfinished.remove(handle);
            }
            runPendingTasks();
        });
        return handle;
    }

    /**
     * Runs a task on this worker, between steps of the current run or when idle. Called from the worker
     * itself (a listener, a step), it runs at once. After shutdown the future fails.
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
            if (drainQueued.compareAndSet(false, true)) {
                executor.execute(() -> {
                    drainQueued.set(false);
                    runPendingTasks();
                });
            }
        }
        RunHandle current = active;
        if (current != null) {
            current.wake();
        }
        return result;
    }

    /**
     * Runs a job on this worker like {@link #runOnWorker}, for {@code CompletableFuture.runAsync(job, worker)}.
     * A failure is logged by the service; after shutdown the job is dropped (the app is closing).
     */
    @Override
    public void execute(Runnable job) {
        if (shutDown) {
            TrainingService.LOG.debug("{} is shut down; a job was dropped", name);
            return;
        }
        runOnWorker(() -> {
            job.run();
            return null;
        }).exceptionally(e -> {
            TrainingService.logFailure(name, e);
            return null;
        });
    }

    /** {@link Evaluator#evaluate} on this worker, safe while the model may be training. */
    public CompletableFuture<Evaluation> evaluate(Sequential model, TrainingData data, int batchSize) {
        return runOnWorker(() -> Evaluator.evaluate(model, data, batchSize));
    }

    public boolean isWorkerThread() {
        return Thread.currentThread() == thread;
    }

    // ---- shutdown, driven by the service ----

    /** No new runs or tasks; every run is asked to stop; the thread ends once they have. */
    synchronized void beginShutdown() {
        shutDown = true;
        unfinished.forEach(RunHandle::stop);
        RunHandle current = active;
        if (current != null) {
            current.wake();
        }
        executor.shutdown();
    }

    /** Waits for the thread to end (interrupting it after the wait), then settles what never ran. */
    void awaitShutdown(long millis) {
        try {
            if (!executor.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                TrainingService.LOG.warn("Worker {} did not stop in {} ms; interrupting it", name, millis);
                executor.shutdownNow();
                executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
            }
            Thread t = thread;
            if (t != null) {
                t.join(millis);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            // Runs the worker never reached still get their final state.
            unfinished.forEach(h -> h.finish(RunState.STOPPED, new TrainingEvent.Stopped(StopReason.USER)));
            WorkerTask leftover;
            while ((leftover = tasks.poll()) != null) {
                leftover.result().completeExceptionally(new CancellationException("the training service shut down"));
            }
        }
    }

    /** True once the thread has ended (or was never needed). */
    boolean terminated() {
        Thread t = thread;
        return executor.isTerminated() && (t == null || !t.isAlive());
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
