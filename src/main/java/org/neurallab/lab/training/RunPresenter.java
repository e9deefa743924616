package org.neurallab.lab.training;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.neurallab.app.I18n;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.charts.RunList;
import org.neurallab.lab.training.charts.RunRecord;
import org.neurallab.lab.training.charts.TrainingCharts;
import org.neurallab.lab.training.dataset.ClassNames;
import org.neurallab.lab.training.dataset.DatasetPane;
import org.neurallab.lab.training.settings.HyperParameters;
import org.neurallab.lab.training.settings.RunClock;
import org.neurallab.lab.training.results.ResultsPane;
import org.neurallab.lab.training.run.RunController;
import org.neurallab.lab.training.run.RunListener;
import org.neurallab.train.Evaluation;
import org.neurallab.train.LossDivergedException;
import org.neurallab.train.StopReason;
import org.neurallab.train.TrainingEvent;
import org.neurallab.ui.chart.RedrawPacer;

/**
 * Shows the run that {@link RunController} reports: the charts' points, the progress, the run list and, after
 * a finished run, the test results. The controller takes the worker's events once per frame whether or not
 * the lab is on screen; this presenter records every event into the current run and updates the progress
 * line at most once per frame, and only while the lab is shown (a hidden lab is redrawn when it comes back).
 * The two charts are redrawn at most {@link #CHART_FRAMES_PER_SECOND} times a second while batches stream in,
 * and at once for anything else (a new epoch, a pause, the end): drawn in software they cost the renderer
 * more CPU than they are worth at 60 frames a second, and on a two-core machine that CPU is the training's.
 */
final class RunPresenter implements RunListener {
    static final int CHART_FRAMES_PER_SECOND = 10;

    /** Where a new run's ingredients come from: the data, model, settings and augmentation panes. */
    interface Setup {
        DatasetPane.LoadedData data();

        /** The settings, or null while one is invalid. */
        HyperParameters parameters();

        /** The builder's model, or null while it has a problem. */
        ModelSpec model();

        Supplier<AugmentationSettings> augmentation();

        /** Puts a loaded model's layers into the builder. */
        void showLayers(List<LayerSpec> layers);
    }

    /** Where a run is drawn, and how to bring the results tab forward. */
    record Display(TrainingCharts charts, RunList runs, ProgressPanel progress, ResultsPane results,
                   Runnable showResults) {
    }

    /** The message line above the charts; the text is asked again when the language changes. */
    interface Messages {
        void show(Supplier<String> text, boolean error);
    }

    private final RunController controller;
    private final Setup setup;
    private final Display display;
    private final Messages messages;
    private final ObjectProperty<DropoutTwin.Action> twin = new SimpleObjectProperty<>(DropoutTwin.Action.NO_RUN);
    private RunRecord current;
    /** What the current run was started with (null for a model read from a file). */
    private DropoutTwin.Setup lastSetup;
    private TrainingEvent.Started started;
    private TrainingEvent.BatchEnd lastBatch;
    private DatasetPane.LoadedData runData;
    private int runNumber;
    private boolean active = true;
    private boolean dirty;
    private final RedrawPacer chartPacer = new RedrawPacer(CHART_FRAMES_PER_SECOND);

    RunPresenter(RunController controller, Setup setup, Display display, Messages messages) {
        this.controller = controller;
        this.setup = setup;
        this.display = display;
        this.messages = messages;
        controller.setListener(this);
        I18n.get().onChange(display.results(), () -> {
            if (runData != null) {
                display.results().setClassNames(ClassNames.of(runData.kind()));
            }
        });
    }

    /** Shown: redraw what arrived while hidden. Hidden: keep recording, stop drawing. */
    void setActive(boolean active) {
        this.active = active;
        if (active && dirty) {
            chartPacer.force();
            onFrame();
        }
    }

    void start(boolean paused) {
        DatasetPane.LoadedData data = setup.data();
        HyperParameters p = setup.parameters();
        ModelSpec spec = setup.model();
        if (data == null || p == null || spec == null || controller.phase() != RunController.Phase.IDLE) {
            return;
        }
        Supplier<AugmentationSettings> augmentation = setup.augmentation();
        begin(new DropoutTwin.Setup(spec, p, data, augmentation.get(), null), augmentation, null, paused);
    }

    /**
     * Runs the last run again with its Dropout rates set to 0 (or given back): same model, data, seed and
     * settings, whatever the panes show now. The last run stays ticked, so both are drawn.
     */
    void startTwin() {
        DropoutTwin.Action action = twin.get();
        if (!action.possible() || controller.phase() != RunController.Phase.IDLE) {
            return;
        }
        DropoutTwin.Setup twinSetup = DropoutTwin.of(lastSetup);
        AugmentationSettings augmentation = twinSetup.augmentation();
        begin(twinSetup, () -> augmentation, action.tagKey(), false);
    }

    /** What "run again with/without dropout" offers now. */
    ReadOnlyObjectProperty<DropoutTwin.Action> twinProperty() {
        return twin;
    }

    private void begin(DropoutTwin.Setup run, Supplier<AugmentationSettings> augmentation, String tagKey,
                       boolean paused) {
        DatasetPane.LoadedData data = run.data();
        runData = data;
        started = null;
        lastBatch = null;
        messages.show(() -> "", false);
        display.results().clear();
        if (current != null) {
            display.runs().add(current);
        }
        current = new RunRecord(++runNumber, describe(run.spec(), run.parameters()), tagKey);
        lastSetup = run;
        twin.set(DropoutTwin.after(run));
        display.charts().startRun(current);
        display.progress().idle();
        display.progress().setState(null);
        controller.start(run.spec(), run.parameters(), data.train(), data.kind().folderName(),
                ClassNames.english(data.kind()), augmentation, paused,
                message -> showError("training.progress.failed", message));
    }

    @Override
    public void onFrame() {
        if (!active) {
            dirty = true;
            return;
        }
        dirty = false;
        if (chartPacer.take(System.nanoTime())) {
            display.charts().redraw();
        }
        if (lastBatch != null && started != null) {
            display.progress().show(lastBatch.epoch(), started.epochs(), lastBatch.batch(),
                    lastBatch.batchesPerEpoch(), lastBatch.samplesPerSecond(), lastBatch.elapsedMs() / 1000.0,
                    lastBatch.etaMs() / 1000.0);
        }
    }

    @Override
    public void onEvent(TrainingEvent e) {
        apply(e);
    }

    private void showError(String key, String detail) {
        messages.show(() -> I18n.get().text(key, detail), true);
    }

    private void apply(TrainingEvent e) {
        if (current == null) {
            return;
        }
        if (!(e instanceof TrainingEvent.BatchEnd) && !(e instanceof TrainingEvent.Inside)) {
            chartPacer.force();
        }
        if (e instanceof TrainingEvent.Started s) {
            started = s;
        } else if (e instanceof TrainingEvent.BatchEnd b) {
            lastBatch = b;
            current.addBatch(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), b.loss(), b.accuracy());
        } else if (e instanceof TrainingEvent.EpochEnd end) {
            current.addEpoch(EpochRecord.of(end));
        } else if (e instanceof TrainingEvent.Paused) {
            display.progress().setState("training.progress.paused");
        } else if (e instanceof TrainingEvent.Resumed) {
            display.progress().setState(null);
        } else if (e instanceof TrainingEvent.Stopped stopped) {
            List<EpochRecord> history = current.history();
            double seconds = history.stream().mapToDouble(EpochRecord::seconds).sum();
            if (stopped.reason() == StopReason.FINISHED) {
                display.progress().setState("training.progress.done", history.size(), RunClock.clockText(seconds));
            } else {
                display.progress().setState("training.progress.stopped", history.size());
            }
            // A stopped run is not measured: a CNN takes a while over 10,000 test images.
            if (stopped.reason() == StopReason.FINISHED) {
                evaluate();
            }
        } else if (e instanceof TrainingEvent.Failed failed) {
            display.progress().setState(null);
            messages.show(() -> failureText(failed), true);
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
        display.progress().setEvaluating(true);
        controller.evaluate(data.test(), eval -> {
            display.progress().setEvaluating(false);
            showEvaluation(eval, data);
            run.testAccuracyProperty().set(eval.accuracy());
        }, message -> {
            display.progress().setEvaluating(false);
            showError("training.progress.failed", message);
        });
    }

    private void showEvaluation(Evaluation eval, DatasetPane.LoadedData data) {
        display.results().show(eval, data.test(), ClassNames.of(data.kind()));
        display.showResults().run();
    }

    /** A model read from a file: its layers go to the builder, its history becomes a run, then it is tested. */
    void loaded(SavedModel saved) {
        DatasetPane.LoadedData data = setup.data();
        controller.adopt(saved);
        setup.showLayers(saved.spec().layers());
        if (current != null) {
            display.runs().add(current);
        }
        current = new RunRecord(++runNumber, describe(saved.spec(), null));
        lastSetup = null;
        twin.set(DropoutTwin.after(null));
        for (EpochRecord r : saved.history()) {
            current.addEpoch(r);
        }
        display.charts().startRun(current);
        display.results().clear();
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
