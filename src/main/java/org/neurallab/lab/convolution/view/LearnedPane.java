package org.neurallab.lab.convolution.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.neurallab.app.I18n;
import org.neurallab.io.ModelFile;
import org.neurallab.lab.convolution.BundledImages;
import org.neurallab.lab.convolution.LabImage;
import org.neurallab.lab.convolution.LearnedFilters;
import org.neurallab.lab.convolution.SampleImages;
import org.neurallab.lab.convolution.TinyCnnTrainer;
import org.neurallab.train.StepRun;
import org.neurallab.train.TrainingListener;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "What a CNN learned": the first-layer filters of a trained CNN (a model file, or a tiny CNN trained here for a
 * few seconds) and the feature map each one makes from the chosen picture. Loading runs on the lab's worker of
 * the training service, training is a run of it; progress reaches the screen once per frame.
 */
public class LearnedPane extends VBox {
    private static final Logger LOG = LoggerFactory.getLogger(LearnedPane.class);
    private static final long TRAIN_MILLIS = 8000;
    private static final int TRAIN_STEPS = 400;

    private final TrainingWorker worker;
    private final FlowPane filters = new FlowPane(12, 12);
    private final Label status = new Label();
    private final Label message = new Label();
    private final Button train = new Button();
    private final Button load = new Button();
    private final AtomicInteger steps = new AtomicInteger(-1);
    private final AnimationTimer progress;
    private LearnedFilters learned;
    private LabImage image;
    private boolean busy;

    /** @param worker the training service's worker for the lab */
    public LearnedPane(TrainingWorker worker) {
        this.worker = worker;
        setSpacing(10);
        setPadding(new Insets(4));
        Label intro = new Label();
        intro.textProperty().bind(I18n.get().bind("convolution.learned.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        train.textProperty().bind(I18n.get().bind("convolution.learned.train"));
        train.setId("conv-learned-train");
        train.setOnAction(e -> trainTiny());
        load.textProperty().bind(I18n.get().bind("convolution.learned.load"));
        load.setOnAction(e -> chooseModel());
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, train, load, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(intro, buttons, message, filters);
        status.setText(I18n.get().text("convolution.learned.none"));
        progress = new AnimationTimer() {
            @Override
            public void handle(long now) {
                int s = steps.get();
                if (s >= 0) {
                    status.setText(I18n.get().text("convolution.learned.training", s, TRAIN_STEPS));
                }
            }
        };
    }

    /** Ends the progress timer; the worker belongs to the app's training service, which ends it on exit. */
    public void close() {
        progress.stop();
    }

    public void setImage(LabImage image) {
        this.image = image;
        refresh();
    }

    /** Loads the first model bundled under assets/models, if any (background). */
    public void loadBundledModel() {
        Path dir = BundledImages.folder().resolveSibling("models");
        if (!Files.isDirectory(dir) || learned != null || busy) {
            return;
        }
        try (var files = Files.list(dir)) {
            // The MNIST digits model first: its filters are the ones the lectures talk about.
            files.filter(p -> p.toString().endsWith(ModelFile.EXTENSION))
                    .sorted(java.util.Comparator.comparing((Path p) -> !p.getFileName().toString().startsWith("mnist"))
                            .thenComparing(Path::toString))
                    .findFirst().ifPresent(this::loadModel);
        } catch (java.io.IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.toString());
        }
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Neural Lab", "*" + ModelFile.EXTENSION));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            loadModel(f.toPath());
        }
    }

    /** Reads a model file in the background and shows its first Conv2D layer. */
    public void loadModel(Path file) {
        if (begin()) {
            worker.execute(() -> deliver(() -> LearnedFilters.fromModel(ModelFile.load(file).model(),
                    file.getFileName().toString())));
        }
    }

    /** Trains the tiny CNN as a run of the training service, a batch a step. */
    private void trainTiny() {
        if (busy) {
            return;
        }
        steps.set(0);
        progress.start();
        begin();
        worker.start(new StepRun("Tiny CNN", TRAIN_STEPS, false, run -> deliver(() -> TinyCnnTrainer.train(
                SampleImages.datasetsDir(), 7, TRAIN_STEPS, TRAIN_MILLIS, run.cancelled(), done -> {
                    steps.set(done);
                    run.stepDone(Double.NaN);
                })), TrainingListener.NONE));
    }

    private interface Job {
        LearnedFilters call() throws Exception;
    }

    /** On the FX thread: false while loading or training; otherwise marks the pane busy. */
    private boolean begin() {
        if (busy) {
            return false;
        }
        busy = true;
        train.setDisable(true);
        load.setDisable(true);
        message.setText("");
        if (steps.get() < 0) {
            status.setText(I18n.get().text("convolution.learned.loading"));
        }
        return true;
    }

    /** On the worker: does the job and hands its filters, or what went wrong, to the FX thread. */
    private void deliver(Job job) {
        LearnedFilters result = null;
        String error = null;
        try {
            result = job.call();
        } catch (Exception | LinkageError e) {
            LOG.warn("could not get first-layer filters: {}", e.toString());
            error = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        LearnedFilters r = result;
        String err = error;
        Platform.runLater(() -> finished(r, err));
    }

    private void finished(LearnedFilters result, String error) {
        busy = false;
        progress.stop();
        int done = steps.getAndSet(-1);
        train.setDisable(false);
        load.setDisable(false);
        if (result == null) {
            message.setText(I18n.get().text("convolution.learned.failed", error));
            status.setText(learned == null ? I18n.get().text("convolution.learned.none") : status.getText());
            return;
        }
        learned = result;
        status.setText(done >= 0 ? I18n.get().text("convolution.learned.trained", done) : I18n.get().text("convolution.learned.from", result.source()));
        refresh();
    }

    private void refresh() {
        filters.getChildren().clear();
        if (learned == null || image == null) {
            return;
        }
        double[][] grey = image.grey();
        for (int i = 0; i < learned.count(); i++) {
            GridCanvas kernel = new GridCanvas();
            kernel.setMaxCell(16);
            kernel.setNumbers(false, 2);
            kernel.show(learned.kernels().get(i), GridCanvas.Style.DIVERGING, 0);
            GridCanvas map = new GridCanvas();
            map.setMaxCell(Math.max(1, 140.0 / Math.max(grey.length, grey[0].length)));
            map.show(learned.featureMap(i, grey), GridCanvas.Style.DIVERGING, 0);
            Label caption = new Label(I18n.get().text("convolution.learned.filter", i + 1));
            VBox card = new VBox(4, caption, kernel, map);
            card.setAlignment(Pos.TOP_CENTER);
            filters.getChildren().add(card);
        }
    }

    public LearnedFilters learned() {
        return learned;
    }
}
