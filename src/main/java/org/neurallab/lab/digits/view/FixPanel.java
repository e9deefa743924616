package org.neurallab.lab.digits.view;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.lab.digits.fix.Correction;
import org.neurallab.lab.digits.fix.CorrectionsFile;
import org.neurallab.lab.digits.fix.FineTuneResult;
import org.neurallab.lab.digits.fix.FineTuner;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.reader.LiveReader;
import org.neurallab.lab.digits.reader.LiveResult;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fix a misread: label the current drawing, collect corrections, fine-tune the model in the background and
 * show the test accuracy before and after. The new model is used only if every correction is fixed and the
 * accuracy drops by at most half a point.
 */
public final class FixPanel extends VBox {
    private static final Logger LOG = LoggerFactory.getLogger(FixPanel.class);

    private final I18n i18n;
    private final LiveReader reader;
    private final TrainingWorker trainer;
    private final Supplier<LiveResult> current;
    private final Supplier<DatasetKind> kind;
    private final Consumer<DigitModel> onTuned;
    private final java.nio.file.Path folder;
    private final List<Correction> corrections = new ArrayList<>();
    // The data set whose corrections are in the list (each data set keeps its own file).
    private DatasetKind loadedKind;
    private final ComboBox<Integer> actual = new ComboBox<>();
    private final Label readAs = new Label();
    private final Label count = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button run = new Button();
    private final FlowPane thumbs = new FlowPane(3, 3);
    private final AtomicReference<String> stage = new AtomicReference<>();
    private final AtomicReference<Double> fraction = new AtomicReference<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Double f = fraction.getAndSet(null);
            if (f != null) {
                progress.setProgress(f);
            }
            String s = stage.getAndSet(null);
            if (s != null) {
                status.setText(s);
            }
        }
    };

    /**
     * @param current the latest reading of the pad (what the model said)
     * @param kind    the dataset of the current model, for labels and the accuracy check
     * @param onTuned called on the FX thread with an accepted fine-tuned model
     * @param folder  where the corrections are kept between runs (null: not kept)
     */
    public FixPanel(I18n i18n, LiveReader reader, TrainingWorker trainer, Supplier<LiveResult> current,
                    Supplier<DatasetKind> kind, Consumer<DigitModel> onTuned, java.nio.file.Path folder) {
        this.i18n = i18n;
        this.reader = reader;
        this.trainer = trainer;
        this.current = current;
        this.kind = kind;
        this.onTuned = onTuned;
        this.folder = folder;
        getStyleClass().add("fix-panel");
        setSpacing(10);
        Label intro = new Label();
        intro.textProperty().bind(i18n.bind("digits.fix.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(USE_PREF_SIZE);
        readAs.setId("fix-read-as");
        readAs.setWrapText(true);
        for (int i = 0; i < 10; i++) {
            actual.getItems().add(i);
        }
        actual.setId("fix-actual");
        IntFunction<String> label = i -> i18n.text(kind.get().classKey(i));
        actual.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : label.apply(item));
            }
        });
        actual.setButtonCell(actual.getCellFactory().call(null));
        actual.getSelectionModel().select(0);
        Label actualLabel = new Label();
        actualLabel.textProperty().bind(i18n.bind("digits.fix.actually"));
        Button add = new Button();
        add.textProperty().bind(i18n.bind("digits.fix.add"));
        add.setId("fix-add");
        add.setOnAction(e -> addCorrection());
        add.setMinWidth(USE_PREF_SIZE);
        FlowPane choose = new FlowPane(6, 4, actualLabel, actual, add);
        choose.setAlignment(Pos.CENTER_LEFT);
        count.setId("fix-count");
        Button clear = new Button();
        clear.textProperty().bind(i18n.bind("digits.fix.clear"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            corrections.clear();
            store();
            refresh();
        });
        HBox countRow = new HBox(6, count, clear);
        countRow.setAlignment(Pos.CENTER_LEFT);
        run.textProperty().bind(i18n.bind("digits.fix.run"));
        run.setId("fix-run");
        run.getStyleClass().add("accent");
        run.setOnAction(e -> fineTune());
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("fix-status");
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(intro, readAs, choose, countRow, thumbs, run, progress, status);
        I18n.get().onChange(this, () -> refresh());
        refresh();
    }

    /** Updates "the model read it as ..." for the newest reading. */
    public void showReading(LiveResult r) {
        ensureKind();
        if (r == null || r.prediction() == null) {
            readAs.setText(i18n.text("digits.fix.nothing"));
        } else {
            readAs.setText(i18n.text("digits.fix.readAs", r.labels().get(r.prediction().top())));
        }
    }

    public String statusText() {
        return status.getText();
    }

    public List<Correction> corrections() {
        return corrections;
    }

    /** Loads the kept corrections of the current data set when it changes (and on first use). */
    private void ensureKind() {
        DatasetKind now = kind.get();
        if (now == loadedKind) {
            return;
        }
        loadedKind = now;
        corrections.clear();
        if (folder != null) {
            try {
                corrections.addAll(CorrectionsFile.load(CorrectionsFile.in(folder, now.cliName())));
            } catch (java.io.IOException e) {
                LOG.warn("Corrections not loaded", e);
                status.setText(i18n.text("digits.fix.notLoaded", e.getMessage()));
            }
        }
        refresh();
    }

    /** Writes the list to the data set's file (atomically), so it survives a restart. */
    private void store() {
        if (folder == null || loadedKind == null) {
            return;
        }
        try {
            CorrectionsFile.save(CorrectionsFile.in(folder, loadedKind.cliName()), loadedKind.cliName(), corrections);
        } catch (java.io.IOException e) {
            LOG.warn("Corrections not saved", e);
            status.setText(i18n.text("digits.fix.notSaved", e.getMessage()));
        }
    }

    private void addCorrection() {
        ensureKind();
        LiveResult r = current.get();
        if (r == null || r.prediction() == null) {
            status.setText(i18n.text("digits.fix.nothing"));
            return;
        }
        int label = actual.getValue();
        int said = r.prediction().top();
        if (label == said) {
            status.setText(i18n.text("digits.fix.alreadyRight", r.labels().get(said)));
            return;
        }
        corrections.add(new Correction(r.reading().pixels(), label, said));
        while (corrections.size() > CorrectionsFile.MAX_CORRECTIONS) {
            corrections.remove(0);
        }
        status.setText(i18n.text("digits.fix.added", r.labels().get(label)));
        store();
        refresh();
    }

    private void refresh() {
        count.setText(i18n.text("digits.fix.count", corrections.size()));
        run.setDisable(corrections.isEmpty());
        thumbs.getChildren().clear();
        for (Correction c : corrections) {
            var v = GrayImages.view(34);
            v.setImage(GrayImages.of(c.pixels(), 28, 28));
            thumbs.getChildren().add(v);
        }
    }

    private void fineTune() {
        List<Correction> batch = List.copyOf(corrections);
        DatasetKind dataset = kind.get();
        run.setDisable(true);
        progress.setProgress(0);
        status.setText(i18n.text("digits.fix.measuring"));
        timer.start();
        reader.copyOfModel().thenCompose(copy -> trainer.compute("Fine-tuning", 0, run -> {
            if (copy == null) {
                throw new IllegalStateException(i18n.text("digits.model.missing", "-"));
            }
            ImageDataset train = MnistLoader.load(dataset, Split.TRAIN);
            ImageDataset test = MnistLoader.load(dataset, Split.TEST);
            FineTuneResult result = FineTuner.run(copy, batch, train, test, 42, (s, f) -> {
                fraction.set(f);
                stage.set(i18n.text(s == FineTuner.Stage.TRAINING ? "digits.fix.training" : "digits.fix.measuring"));
                if (s == FineTuner.Stage.TRAINING) {
                    run.stepDone(Double.NaN);
                }
            }, run.cancelled());
            Platform.runLater(() -> done(result));
            return result;
        })).exceptionally(e -> {
            LOG.error("Fine-tuning failed", e);
            Platform.runLater(() -> {
                timer.stop();
                run.setDisable(false);
                status.setText(i18n.text("digits.fix.failed", e.getCause() != null ? e.getCause().getMessage()
                        : e.getMessage()));
            });
            return null;
        });
    }

    private void done(FineTuneResult result) {
        timer.stop();
        stage.set(null);
        progress.setProgress(1);
        NumberFormat pct = NumberFormat.getPercentInstance(i18n.locale());
        pct.setMinimumFractionDigits(2);
        pct.setMaximumFractionDigits(2);
        String numbers = i18n.text("digits.fix.result", pct.format(result.accuracyBefore()),
                pct.format(result.accuracyAfter()), result.fixed(), result.corrections());
        run.setDisable(corrections.isEmpty());
        if (result.accepted()) {
            // The corrections stay (and stay saved): they can fine-tune again, after a restart too.
            status.setText(numbers + " " + i18n.text("digits.fix.applied"));
            onTuned.accept(result.model().renamed(result.model().name() + " +"));
        } else {
            status.setText(numbers + " " + i18n.text("digits.fix.rejected"));
        }
    }
}
