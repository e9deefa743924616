package org.neurallab.lab.digits.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.model.LayerView;
import org.neurallab.lab.digits.model.Prediction;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.pad.Stroke;
import org.neurallab.lab.digits.teach.TeachModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pad on one worker of the training service, which owns the models (loading, predicting, copying),
 * so the window never waits for the engine. Requests are "latest wins": while one reading runs, newer drawings
 * replace each other and only the newest is read next. The page polls {@link #takeResult()} once per frame.
 */
public final class LiveReader {
    private static final Logger LOG = LoggerFactory.getLogger(LiveReader.class);

    /** What the pad shows and which model reads it. */
    public record Request(List<Stroke> strokes, float[] background, double penWidth, boolean inspect) {
    }

    private final Executor worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<LiveResult> latest = new AtomicReference<>();
    // Only touched on the worker thread.
    private DigitModel model;
    private TeachModel teachModel;
    private boolean useTeachModel;
    private InputMode inputMode = InputMode.DIGIT;
    private List<String> labels = List.of();

    /** @param worker where the models live and read (the training service's worker for the lab's inference) */
    public LiveReader(Executor worker) {
        this.worker = worker;
    }

    /** Asks for the pad to be read; returns at once. */
    public void request(Request request) {
        pending.set(request);
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** The newest result since the last call, or null. */
    public LiveResult takeResult() {
        return latest.getAndSet(null);
    }

    /** Loads a model file on the worker; the future fails with the loading problem (the old model stays). */
    public CompletableFuture<DigitModel> load(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return DigitModel.load(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, worker);
    }

    /** Makes {@code next} the model that reads the pad (null = none), with its input mode and class names. */
    public CompletableFuture<Void> use(DigitModel next, InputMode mode, List<String> classNames) {
        List<String> copy = List.copyOf(classNames);
        return CompletableFuture.runAsync(() -> {
            model = next;
            inputMode = mode;
            labels = copy;
            useTeachModel = false;
        }, worker);
    }

    /** New class names for the current model (after a language switch). */
    public void relabel(List<String> classNames) {
        List<String> copy = List.copyOf(classNames);
        worker.execute(() -> labels = copy);
    }

    /** Switches to the student's own model (null = not trained yet). */
    public CompletableFuture<Void> useTeachModel(TeachModel next) {
        return CompletableFuture.runAsync(() -> {
            teachModel = next;
            useTeachModel = true;
            inputMode = InputMode.DIGIT;
        }, worker);
    }

    /** A copy of the current model made on the worker (the model itself never leaves it), or null. */
    public CompletableFuture<DigitModel> copyOfModel() {
        return CompletableFuture.supplyAsync(() -> model == null ? null : model.copy(), worker);
    }

    /** Runs any job that needs the worker's models, such as reading a drawing for the teach set. */
    public <T> CompletableFuture<T> onWorker(java.util.function.Supplier<T> job) {
        return CompletableFuture.supplyAsync(job, worker);
    }

    private void drain() {
        scheduled.set(false);
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        try {
            latest.set(read(r));
        } catch (RuntimeException e) {
            LOG.error("Reading the pad failed", e);
        }
    }

    private LiveResult read(Request r) {
        PadReading reading = PadPipeline.read(r.strokes(), r.background(), inputMode, r.penWidth());
        if (useTeachModel) {
            List<String> names = teachModel == null ? List.of() : teachModel.names();
            Prediction p = reading.readable() && teachModel != null ? teachModel.predict(reading.pixels()) : null;
            return new LiveResult(reading, p, List.of(), null, names);
        }
        if (model == null || !reading.readable()) {
            return new LiveResult(reading, null, List.of(), model == null ? null : model.firstFilters(), labels);
        }
        Prediction p = model.predict(reading.pixels());
        List<LayerView> layers = r.inspect() ? model.inspect(reading.pixels()) : List.of();
        return new LiveResult(reading, p, layers, r.inspect() ? model.firstFilters() : null, labels);
    }
}
