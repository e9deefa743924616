package org.neurallab.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neurallab.engine.Sequential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where models are trained, shared by the whole app: it owns every background thread the labs
 * use. Each thread is a named {@link TrainingWorker} (daemon, failures logged); runs on one worker wait in
 * line and train one at a time, labs that train side by side ask for workers of their own with
 * {@link #worker(String)}. The methods here use the standard worker, "training-worker" (the Training lab,
 * the CLI). {@link #shutdown()} stops every run and ends every thread.
 */
public final class TrainingService implements AutoCloseable {
    public static final String THREAD_NAME = "training-worker";
    static final Logger LOG = LoggerFactory.getLogger(TrainingService.class);
    private static final long SHUTDOWN_WAIT_MS = 5_000;

    private final Map<String, TrainingWorker> workers = new LinkedHashMap<>(); // guarded by this
    private final List<Thread> threads = new ArrayList<>(); // guarded by itself
    private final TrainingWorker standard;
    private boolean shutDown; // guarded by this

    public TrainingService() {
        standard = worker(THREAD_NAME);
    }

    /**
     * The worker with this thread name, made on first use (its thread starts with its first job).
     *
     * @throws IllegalStateException after {@link #shutdown()}
     */
    public synchronized TrainingWorker worker(String name) {
        if (shutDown) {
            throw new IllegalStateException("the training service is shut down");
        }
        return workers.computeIfAbsent(name, n -> new TrainingWorker(n, r -> newThread(n, r)));
    }

    /**
     * A named daemon thread whose failures are logged, for the one long-lived listener that is no lab's work and
     * runs before the app's service exists (the single-instance socket); everything else uses {@link #worker}.
     */
    public static Thread daemonThread(String name, Runnable job) {
        Thread t = new Thread(job, name);
        t.setDaemon(true); // never keeps the JVM alive
        t.setUncaughtExceptionHandler((thread, e) -> logFailure(thread.getName(), e));
        return t;
    }

    private Thread newThread(String name, Runnable job) {
        Thread t = daemonThread(name, job);
        synchronized (threads) {
            threads.removeIf(old -> !old.isAlive());
            threads.add(t);
        }
        return t;
    }

    static void logFailure(String worker, Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        LOG.error("Uncaught failure on {}", worker, cause);
    }

    /** The threads the service made that are still alive (empty after shutdown). */
    public List<Thread> liveThreads() {
        synchronized (threads) {
            return threads.stream().filter(Thread::isAlive).toList();
        }
    }

    public RunHandle start(Sequential model, TrainingData train, RunConfig config, TrainingListener listener) {
        return standard.start(model, train, config, listener);
    }

    /** {@link TrainingWorker#start(TrainingRun)} on the standard worker. */
    public RunHandle start(TrainingRun run) {
        return standard.start(run);
    }

    /** {@link TrainingWorker#start(StepRun)} on the standard worker. */
    public RunHandle start(StepRun run) {
        return standard.start(run);
    }

    /** {@link TrainingWorker#runOnWorker} on the standard worker. */
    public <T> CompletableFuture<T> runOnWorker(Callable<T> task) {
        return standard.runOnWorker(task);
    }

    /** {@link Evaluator#evaluate} on the standard worker, safe while the model may be training. */
    public CompletableFuture<Evaluation> evaluate(Sequential model, TrainingData data, int batchSize) {
        return standard.evaluate(model, data, batchSize);
    }

    /** True on the standard worker's thread. */
    public boolean isWorkerThread() {
        return standard.isWorkerThread();
    }

    /** Stops every run on every worker (queued ones never start), then ends the threads. Safe to call twice. */
    public void shutdown() {
        List<TrainingWorker> all;
        synchronized (this) {
            shutDown = true;
            all = List.copyOf(workers.values());
        }
        all.forEach(TrainingWorker::beginShutdown);
        all.forEach(w -> w.awaitShutdown(SHUTDOWN_WAIT_MS));
    }

    /** True once shut down and every thread has ended. */
    public synchronized boolean isTerminated() {
        return shutDown && workers.values().stream().allMatch(TrainingWorker::terminated);
    }

    @Override
    public void close() {
        shutdown();
    }
}
