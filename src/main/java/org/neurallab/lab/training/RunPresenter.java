package org.neurallab.lab.training;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.neurallab.app.I18n;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.charts.RunRecord;
import org.neurallab.lab.training.dataset.ClassNames;
import org.neurallab.lab.training.dataset.DatasetPane;
import org.neurallab.lab.training.model.HyperParameters;
import org.neurallab.lab.training.model.RunClock;
import org.neurallab.lab.training.run.RunController;
import org.neurallab.train.Evaluation;
import org.neurallab.train.LossDivergedException;
import org.neurallab.train.StopReason;
import org.neurallab.train.TrainingEvent;

/**
 * Turns the training worker's events into what the lab shows. The worker only queues events; a
 * frame timer takes them all once per frame, appends the points, then redraws the charts and the
 * progress once, so a fast model cannot flood the FX thread.
 */
final class RunPresenter {
    private static final long STATUS_EVERY_NS = 250_000_000L;

    private final TrainingView view;
    private final AnimationTimer timer;
    private RunRecord current;
    private TrainingEvent.Started started;
    private TrainingEvent.BatchEnd lastBatch;
    private DatasetPane.LoadedData runData;
    private int runNumber;
    private long lastStatus;
    private long frames;

    RunPresenter(TrainingView view) {
        this.view = view;
        I18n.get().onChange(view, () -> {
            if (runData != null) {
                view.results.setClassNames(ClassNames.of(runData.kind()));
            }
        });
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
    }

    void installTimer() {
        timer.start();
    }

    void stopTimer() {
        timer.stop();
    }

    long frames() {
        return frames;
    }

    void start(boolean paused) {
        DatasetPane.LoadedData data = view.dataset.dataProperty().get();
        HyperParameters p = view.settings.parametersProperty().get();
        ModelSpec spec = view.builder.spec();
        if (data == null || p == null || !view.builder.checkProperty().get().ok()) {
            return;
        }
        runData = data;
        started = null;
        lastBatch = null;
        view.showMessage("", false);
        view.results.clear();
        if (current != null) {
            view.runs.add(current);
        }
        current = new RunRecord(++runNumber, describe(spec, p));
        view.charts.startRun(current);
        view.progress.idle();
        view.progress.setState(null);
        view.controller.start(spec, p, data.train(), data.kind().folderName(), ClassNames.english(data.kind()),
                view.augmentation.augmentationSupplier(), paused,
                message -> view.showMessage(I18n.get().text("training.progress.failed", message), true));
    }

    private void frame(long now) {
        frames++;
        int n = view.controller.events().drain(this::apply);
        if (n > 0) {
            view.charts.redraw();
            if (lastBatch != null && started != null) {
                view.progress.show(lastBatch.epoch(), started.epochs(), lastBatch.batch(), lastBatch.batchesPerEpoch(),
                        lastBatch.samplesPerSecond(), lastBatch.elapsedMs() / 1000.0, lastBatch.etaMs() / 1000.0);
            }
        }
        if (now - lastStatus > STATUS_EVERY_NS) {
            lastStatus = now;
            view.runStatusProperty().set(statusText());
        }
    }

    private String statusText() {
        RunController.Phase phase = view.controller.phase();
        if (lastBatch == null || started == null || phase == RunController.Phase.IDLE) {
            return "";
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(I18n.get().locale());
        return I18n.get().text("training.progress.status", lastBatch.epoch(), started.epochs(),
                whole.format(Math.round(lastBatch.samplesPerSecond())));
    }

    private void apply(TrainingEvent e) {
        view.controller.onEvent(e);
        if (current == null) {
            return;
        }
        if (e instanceof TrainingEvent.Started s) {
            started = s;
        } else if (e instanceof TrainingEvent.BatchEnd b) {
            lastBatch = b;
            current.addBatch(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), b.loss(), b.accuracy());
        } else if (e instanceof TrainingEvent.EpochEnd end) {
            current.addEpoch(EpochRecord.of(end));
        } else if (e instanceof TrainingEvent.Paused) {
            view.progress.setState("training.progress.paused");
        } else if (e instanceof TrainingEvent.Resumed) {
            view.progress.setState(null);
        } else if (e instanceof TrainingEvent.Stopped stopped) {
            List<EpochRecord> history = current.history();
            double seconds = history.stream().mapToDouble(EpochRecord::seconds).sum();
            if (stopped.reason() == StopReason.FINISHED) {
                view.progress.setState("training.progress.done", history.size(), RunClock.clockText(seconds));
            } else {
                view.progress.setState("training.progress.stopped", history.size());
            }
            // A stopped run is not measured: a CNN takes a while over 10,000 test images.
            if (stopped.reason() == StopReason.FINISHED) {
                evaluate();
            }
        } else if (e instanceof TrainingEvent.Failed failed) {
            view.progress.setState(null);
            view.showMessage(() -> failureText(failed), true);
            current.statusProperty().set("failed");
        }
    }

    private static String failureText(TrainingEvent.Failed failed) {
        if (failed.cause() instanceof LossDivergedException d) {
            String value = Double.isNaN(d.loss()) ? "NaN" : Double.isInfinite(d.loss()) ? "∞" : String.format("%.3g", d.loss());
            return I18n.get().text("training.progress.diverged", value, d.epoch(), d.batch());
        }
        return I18n.get().text("training.progress.failed", failed.message());
    }

    /** Measures the test images on the worker and shows the confusion matrix. */
    private void evaluate() {
        DatasetPane.LoadedData data = runData;
        RunRecord run = current;
        if (data == null) {
            return;
        }
        view.progress.setEvaluating(true);
        view.controller.evaluate(data.test(), eval -> {
            view.progress.setEvaluating(false);
            showEvaluation(eval, data);
            run.testAccuracyProperty().set(eval.accuracy());
        }, message -> {
            view.progress.setEvaluating(false);
            view.showMessage(I18n.get().text("training.progress.failed", message), true);
        });
    }

    private void showEvaluation(Evaluation eval, DatasetPane.LoadedData data) {
        view.results.show(eval, data.test(), ClassNames.of(data.kind()));
        view.tabs.getSelectionModel().select(1);
    }

    /** A model read from a file: its layers go to the builder, its history becomes a run, then it is tested. */
    void loaded(SavedModel saved) {
        DatasetPane.LoadedData data = view.dataset.dataProperty().get();
        view.controller.adopt(saved);
        view.builder.setLayers(saved.spec().layers());
        if (current != null) {
            view.runs.add(current);
        }
        current = new RunRecord(++runNumber, describe(saved.spec(), null));
        for (EpochRecord r : saved.history()) {
            current.addEpoch(r);
        }
        view.charts.startRun(current);
        view.results.clear();
        runData = data;
        evaluate();
    }

    List<EpochRecord> shownHistory() {
        return current == null ? List.of() : current.history();
    }

    RunRecord currentRun() {
        return current;
    }

    /** A short name for the run list: "D128-Drop0.2-D10 · Adam 0.001". */
    static String describe(ModelSpec spec, HyperParameters p) {
        StringBuilder sb = new StringBuilder();
        for (LayerSpec l : spec.layers()) {
            String part = l instanceof LayerSpec.Dense d ? "D" + d.units()
                    : l instanceof LayerSpec.Conv2D c ? "C" + c.filters() + "k" + c.kernel()
                    : l instanceof LayerSpec.MaxPool2D ? "MaxPool"
                    : l instanceof LayerSpec.AvgPool2D ? "AvgPool"
                    : l instanceof LayerSpec.Dropout d ? "Drop" + NumberFormat.getInstance(Locale.ROOT).format(d.rate())
                    : l instanceof LayerSpec.ActivationLayer a ? a.activation().id() : null;
            if (part != null) {
                sb.append(sb.length() == 0 ? "" : "-").append(part);
            }
        }
        if (p != null) {
            sb.append(" · ").append(p.optimizer().id()).append(' ')
                    .append(NumberFormat.getInstance(Locale.ROOT).format(p.learningRate()));
        }
        return sb.toString();
    }
}
