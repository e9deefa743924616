package org.neurallab.lab.training.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.lab.training.settings.HyperParameters;
import org.neurallab.train.Evaluation;
import org.neurallab.train.Evaluator;
import org.neurallab.train.ImageTrainingData;
import org.neurallab.train.RunConfig;
import org.neurallab.train.RunHandle;
import org.neurallab.train.TrainingData;
import org.neurallab.train.TrainingEvent;
import org.neurallab.train.TrainingRun;
import org.neurallab.train.TrainingService;
import org.neurallab.train.inside.InsideSnapshot;
import org.neurallab.train.inside.InsideWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run at a time for the lab: builds the model off the FX thread, hands it to the
 * {@link TrainingService} worker, and consumes the worker's events itself: they are queued and taken once
 * per frame by the controller's own frame pump, which keeps the phase, the history and the status current
 * whether or not the lab is on screen, and then tells the {@link RunListener} (the view). After the run it
 * measures the test images on the worker. Its methods are called on the FX thread.
 */
public final class RunController {
    private static final Logger LOG = LoggerFactory.getLogger(RunController.class);
    private static final long STATUS_EVERY_NS = 250_000_000L;

    /** What the lab is doing. */
    public enum Phase { IDLE, PREPARING, RUNNING, PAUSED, EVALUATING }

    private final TrainingService service;
    private final FrameQueue<TrainingEvent> events = new FrameQueue<>();
    private final List<Consumer<TrainingEvent>> runEnd = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<InsideSnapshot> inside = new SimpleObjectProperty<>();
    private final List<EpochRecord> history = new ArrayList<>();
    private final AnimationTimer pump = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain(now);
        }
    };
    private RunListener listener;
    private TrainingEvent.Started started;
    private TrainingEvent.BatchEnd lastBatch;
    private InsideSnapshot lastInside;
    private long lastStatus;
    private RunHandle handle;
    private volatile Sequential model;
    private TrainingInfo info;
    private String datasetId;
    private List<String> classNames = List.of();
    private int generation;

    public RunController(TrainingService service) {
        this.service = service;
    }

    /** Who is told of the run's events and frames (the lab's view); one at a time. */
    /** Hears the event that ends each run (stopped, finished or failed), on the FX thread, after the listener. */
    public void addRunEndListener(Consumer<TrainingEvent> l) {
        runEnd.add(l);
    }

    public void setListener(RunListener listener) {
        this.listener = listener;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public Phase phase() {
        return phase.get();
    }

    /** The running run's epoch and speed, updated a few times a second; null when no run is going. */
    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    /**
     * Inside the network at the latest sampled batch of the run (the last one before a pause), set at most
     * once per frame; null before the run's first batch.
     */
    public ReadOnlyObjectProperty<InsideSnapshot> insideProperty() {
        return inside;
    }

    /**
     * Starts a run: the subset of the training images is shuffled with the seed, the validation share
     * is held back (never augmented), and the model is built from the seed on a background thread.
     *
     * @param paused start paused after one batch (the Step button with no run)
     * @param onFailure told (on the FX thread) when the run could not even start
     */
    public void start(ModelSpec spec, HyperParameters p, ImageDataset allTrain, String dataset,
                      List<String> englishClasses, Supplier<AugmentationSettings> augmentation, boolean paused,
                      Consumer<String> onFailure) {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        phase.set(Phase.PREPARING);
        events.clear();
        history.clear();
        started = null;
        lastBatch = null;
        lastInside = null;
        inside.set(null);
        pump.start();
        int run = ++generation;
        datasetId = dataset;
        classNames = List.copyOf(englishClasses);
        info = new TrainingInfo(p.optimizer(), p.learningRate(), p.batchSize(), p.epochs(), p.seed(), null);
        // Everything happens in one task on the worker: the model is built there (ND4J may still be
        // loading), and the run, queued behind this task, cannot begin before a requested pause is set.
        service.runOnWorker(() -> {
            int[] order = allTrain.shuffledIndices(p.seed());
            int[] validation = Arrays.copyOfRange(order, p.trainCount(), p.subset());
            int[] training = Arrays.copyOfRange(order, 0, p.trainCount());
            Sequential built = Sequential.build(spec, p.seed());
            ImageLayout layout = ImageTrainingData.layoutFor(spec.inputShape());
            TrainingData augmented = new ImageTrainingData(allTrain, layout, augmentation, p.seed());
            TrainingRun r = TrainingRun.of(built, new org.neurallab.train.SubsetData(augmented, training),
                    new RunConfig(new OptimizerSpec(p.optimizer(), p.learningRate()), null, p.epochs(), p.batchSize(),
                            0, p.seed(), true), events::offer).withInside(InsideWatch.DEFAULT); // the live panel
            // Validation images are never augmented: they measure the model on images as they are.
            if (validation.length > 0) {
                r = r.withValidation(new org.neurallab.train.SubsetData(new ImageTrainingData(allTrain, layout), validation));
            }
            RunHandle h = service.start(r);
            if (paused) {
                h.pause();
                h.step();
            }
            model = built;
            return h;
        }).whenComplete((h, error) -> Platform.runLater(() -> {
            if (run != generation) {
                return;
            }
            if (error != null) {
                LOG.warn("Could not start training", error);
                phase.set(Phase.IDLE);
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                onFailure.accept(cause.getMessage());
                return;
            }
            if (h.state().isTerminal()) {
                // The run already ended (and its last event was drained) before this got here.
                phase.set(Phase.IDLE);
                return;
            }
            handle = h;
            phase.set(paused ? Phase.PAUSED : Phase.RUNNING);
        }));
    }

    public void pause() {
        if (handle != null && phase.get() == Phase.RUNNING) {
            handle.pause();
            phase.set(Phase.PAUSED);
        }
    }

    public void resume() {
        if (handle != null && phase.get() == Phase.PAUSED) {
            handle.resume();
            phase.set(Phase.RUNNING);
        }
    }

    public void stop() {
        if (handle != null && (phase.get() == Phase.RUNNING || phase.get() == Phase.PAUSED)) {
            handle.stop();
        }
    }

    /** One batch then pause; with no run, the caller starts one paused instead. */
    public void step() {
        if (handle != null && phase.get() == Phase.RUNNING) {
            handle.pause();
            phase.set(Phase.PAUSED);
        } else if (handle != null && phase.get() == Phase.PAUSED) {
            handle.step();
        }
    }

    /** Takes the events that arrived since the last frame; stops pumping once the run is over. */
    private void drain(long now) {
        int n = events.drain(this::consume);
        if (lastInside != inside.get()) {
            inside.set(lastInside); // only the frame's latest
        }
        if (n > 0 && now - lastStatus > STATUS_EVERY_NS) {
            lastStatus = now;
            status.set(runStatus());
        }
        if (n > 0 && listener != null) {
            listener.onFrame();
        }
        if (phase.get() == Phase.IDLE || phase.get() == Phase.EVALUATING) {
            pump.stop(); // no run: no more events
        }
    }

    private void consume(TrainingEvent e) {
        if (e instanceof TrainingEvent.Started s) {
            started = s;
        } else if (e instanceof TrainingEvent.BatchEnd b) {
            lastBatch = b;
        } else if (e instanceof TrainingEvent.Inside in) {
            lastInside = in.snapshot();
        } else if (e instanceof TrainingEvent.EpochEnd end) {
            history.add(EpochRecord.of(end));
        } else if (e.isTerminal()) {
            handle = null;
            started = null;
            status.set(null);
            phase.set(Phase.IDLE);
        }
        if (listener != null) {
            listener.onEvent(e);
        }
        if (e.isTerminal()) {
            runEnd.forEach(l -> l.accept(e));
        }
    }

    private RunStatus runStatus() {
        if (started == null || lastBatch == null) {
            return null;
        }
        return new RunStatus(lastBatch.epoch(), started.epochs(), lastBatch.samplesPerSecond());
    }

    /** Measures the current model on the test images, on the worker; the result comes on the FX thread. */
    public void evaluate(ImageDataset test, Consumer<Evaluation> done, Consumer<String> onFailure) {
        Sequential m = model;
        if (m == null || phase.get() != Phase.IDLE) {
            return;
        }
        phase.set(Phase.EVALUATING);
        TrainingData images = new ImageTrainingData(test, ImageTrainingData.layoutFor(m.inputShape()));
        service.runOnWorker(() -> Evaluator.evaluate(m, images, 500))
                .whenComplete((eval, error) -> Platform.runLater(() -> {
                    if (phase.get() == Phase.EVALUATING) {
                        phase.set(Phase.IDLE);
                    }
                    if (error != null) {
                        LOG.warn("Evaluation failed", error);
                        onFailure.accept(String.valueOf(error.getMessage()));
                    } else {
                        done.accept(eval);
                    }
                }));
    }

    /** The model as saved: made on the worker so it is never read while training. */
    public SavedModel snapshot() {
        if (model == null) {
            throw new IllegalStateException("there is no model yet: train or load one first");
        }
        return new SavedModel(model, info, datasetId, classNames, history);
    }

    public boolean hasModel() {
        return model != null;
    }

    /** Takes over a model read from a file, to evaluate and save again. */
    public void adopt(SavedModel saved) {
        if (phase.get() != Phase.IDLE) {
            return;
        }
        model = saved.model();
        info = saved.training();
        datasetId = saved.dataset();
        classNames = saved.classNames();
        history.clear();
        history.addAll(saved.history());
    }

    public List<EpochRecord> history() {
        return List.copyOf(history);
    }

    public java.util.concurrent.Executor worker() {
        return task -> service.runOnWorker(() -> {
            task.run();
            return null;
        });
    }
}
