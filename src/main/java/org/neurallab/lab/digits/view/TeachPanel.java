package org.neurallab.lab.digits.view;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.neurallab.app.I18n;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.reader.LiveReader;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.teach.ClassSetFile;
import org.neurallab.lab.digits.teach.TeachClass;
import org.neurallab.lab.digits.teach.TeachModel;
import org.neurallab.lab.digits.teach.TeachTrainer;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teach your own classes: 2 to 10 named classes, drawn samples with thumbnails, training in the background
 * with progress, and saving/loading the whole set as one file.
 */
public final class TeachPanel extends VBox {
    private static final Logger LOG = LoggerFactory.getLogger(TeachPanel.class);
    private static final double THUMB = 34;

    private final I18n i18n;
    private final LiveReader reader;
    private final TrainingWorker trainer;
    private final Supplier<PadReading> padReading;
    private final Supplier<Window> window;
    private final Consumer<TeachModel> onTrained;
    private final List<ClassEditor> editors = new ArrayList<>();
    private final VBox rows = new VBox(8);
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button train = new Button();
    private final Button addClass = new Button();
    private Runnable afterSave = () -> { };
    private final AtomicReference<Double> progressValue = new AtomicReference<>();
    private final AnimationTimer progressTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Double p = progressValue.getAndSet(null);
            if (p != null) {
                progress.setProgress(p);
            }
        }
    };

    /**
     * @param padReading the current drawing as the model would see it
     * @param onTrained  called on the FX thread with the trained model
     */
    public TeachPanel(I18n i18n, LiveReader reader, TrainingWorker trainer, Supplier<PadReading> padReading,
                      Supplier<Window> window, Consumer<TeachModel> onTrained) {
        this.i18n = i18n;
        this.reader = reader;
        this.trainer = trainer;
        this.padReading = padReading;
        this.window = window;
        this.onTrained = onTrained;
        getStyleClass().add("teach-panel");
        setSpacing(10);
        Label intro = new Label();
        intro.textProperty().bind(i18n.bind("digits.teach.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(USE_PREF_SIZE);
        addClass.textProperty().bind(i18n.bind("digits.teach.addClass"));
        addClass.setId("teach-add-class");
        addClass.setOnAction(e -> addClass(null));
        train.textProperty().bind(i18n.bind("digits.teach.train"));
        train.setId("teach-train");
        train.getStyleClass().add("accent");
        train.setOnAction(e -> train());
        Button save = new Button();
        save.textProperty().bind(i18n.bind("digits.teach.save"));
        save.setId("teach-save");
        save.setOnAction(e -> save());
        Button load = new Button();
        load.textProperty().bind(i18n.bind("digits.teach.load"));
        load.setId("teach-load");
        load.setOnAction(e -> load());
        FlowPane buttons = new FlowPane(6, 6, addClass, train, save, load);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("teach-progress");
        status.setId("teach-status");
        status.setWrapText(true);
        status.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(intro, rows, buttons, progress, status);
        addClass(i18n.text("digits.teach.defaultName", 1));
        addClass(i18n.text("digits.teach.defaultName", 2));
    }

    /** The classes as they are now (may have problems). */
    public ClassSet classSet() {
        List<TeachClass> list = new ArrayList<>();
        for (int i = 0; i < editors.size(); i++) {
            list.add(editors.get(i).toClass(i18n.text("digits.teach.defaultName", i + 1)));
        }
        return new ClassSet(list);
    }

    public List<ClassEditor> editors() {
        return editors;
    }

    public String statusText() {
        return status.getText();
    }

    private void addClass(String name) {
        if (editors.size() >= ClassSet.MAX_CLASSES) {
            status.setText(i18n.text("digits.teach.maxClasses", ClassSet.MAX_CLASSES));
            return;
        }
        ClassEditor editor = new ClassEditor(name != null ? name
                : i18n.text("digits.teach.defaultName", editors.size() + 1));
        editors.add(editor);
        rebuildRows();
    }

    private void rebuildRows() {
        rows.getChildren().clear();
        for (int i = 0; i < editors.size(); i++) {
            rows.getChildren().add(row(i, editors.get(i)));
        }
        addClass.setDisable(editors.size() >= ClassSet.MAX_CLASSES);
    }

    private VBox row(int index, ClassEditor editor) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(editor.nameProperty());
        name.setId("teach-name-" + index);
        name.setPrefColumnCount(10);
        name.textProperty().addListener((obs, old, now) -> {
            if (now.length() > TeachClass.MAX_NAME_LENGTH) {
                name.setText(old);
            }
        });
        Button add = new Button();
        add.textProperty().bind(i18n.bind("digits.teach.addSample"));
        add.setId("teach-add-" + index);
        add.setOnAction(e -> addSample(editor));
        Label count = new Label();
        count.setId("teach-count-" + index);
        count.setMinWidth(USE_PREF_SIZE);
        // bindings and the weak listener below are held by this row, so a removed row can be collected even
        // though the class (its editor) lives on
        count.textProperty().bind(i18n.live(() -> i18n.text("digits.teach.samples", editor.samples().size()),
                editor.samples()));
        Button remove = new Button();
        remove.textProperty().bind(i18n.bind("digits.teach.removeClass"));
        remove.setId("teach-remove-" + index);
        remove.getStyleClass().add("flat");
        remove.setDisable(editors.size() <= ClassSet.MIN_CLASSES);
        remove.setOnAction(e -> {
            editors.remove(editor);
            rebuildRows();
        });
        add.setMinWidth(USE_PREF_SIZE);
        remove.setMinWidth(USE_PREF_SIZE);
        // A flow pane wraps at large UI scales instead of cutting the buttons short.
        FlowPane header = new FlowPane(6, 4, name, add, count, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        FlowPane thumbs = new FlowPane(3, 3);
        thumbs.setId("teach-thumbs-" + index);
        Runnable refresh = () -> {
            thumbs.getChildren().clear();
            for (float[] s : editor.samples()) {
                ImageView v = GrayImages.view(THUMB);
                v.setImage(GrayImages.of(s, 28, 28));
                v.getStyleClass().add("teach-thumb");
                Tooltip.install(v, new Tooltip(i18n.text("digits.teach.deleteSample")));
                v.setOnMouseClicked(e -> editor.samples().remove(s));
                thumbs.getChildren().add(v);
            }
        };
        ListChangeListener<float[]> onSamples = c -> refresh.run();
        editor.samples().addListener(new WeakListChangeListener<>(onSamples));
        refresh.run();
        VBox box = new VBox(4, header, thumbs);
        box.getProperties().put(ListChangeListener.class, onSamples);
        box.getStyleClass().add("teach-class");
        return box;
    }

    private void addSample(ClassEditor editor) {
        PadReading r = padReading.get();
        if (!r.readable()) {
            status.setText(i18n.text(r.status() == PadReading.Status.TOO_SMALL ? "digits.hint.tooSmall"
                    : "digits.hint.empty"));
            return;
        }
        editor.samples().add(r.pixels());
        status.setText(i18n.text("digits.teach.added", editor.nameProperty().get()));
    }

    private void train() {
        ClassSet set = classSet();
        List<ClassSet.Problem> problems = set.problems();
        if (!problems.isEmpty()) {
            status.setText(describe(set, problems.get(0)));
            return;
        }
        train.setDisable(true);
        progress.setProgress(0);
        status.setText(i18n.text("digits.teach.training"));
        progressTimer.start();
        reader.copyOfModel().thenCompose(base -> trainer.compute("Teaching", TeachTrainer.STEPS, run -> {
            long start = System.nanoTime();
            TeachModel model = TeachTrainer.train(set, base == null ? null : base.network(),
                    (done, total, loss) -> {
                        progressValue.set((double) done / total);
                        run.stepDone(loss);
                    }, run.cancelled());
            double accuracy = TeachTrainer.accuracyOnOwnSamples(model, set);
            double seconds = (System.nanoTime() - start) / 1e9;
            Platform.runLater(() -> trained(model, accuracy, seconds, base != null));
            return model;
        })).exceptionally(e -> {
            LOG.error("Teaching failed", e);
            Platform.runLater(() -> {
                progressTimer.stop();
                train.setDisable(false);
                status.setText(i18n.text("digits.teach.failed", e.getMessage()));
            });
            return null;
        });
    }

    private void trained(TeachModel model, double accuracy, double seconds, boolean usedCnn) {
        progressTimer.stop();
        progress.setProgress(1);
        train.setDisable(false);
        NumberFormat pct = NumberFormat.getPercentInstance(i18n.locale());
        NumberFormat sec = NumberFormat.getNumberInstance(i18n.locale());
        sec.setMaximumFractionDigits(1);
        status.setText(i18n.text(usedCnn ? "digits.teach.trained" : "digits.teach.trainedPixels",
                pct.format(accuracy), sec.format(seconds)));
        onTrained.accept(model);
    }

    private String describe(ClassSet set, ClassSet.Problem p) {
        String name = p.classIndex() >= 0 ? set.classes().get(p.classIndex()).name() : "";
        return switch (p.kind()) {
            case TOO_FEW_CLASSES -> i18n.text("digits.teach.problem.fewClasses", ClassSet.MIN_CLASSES);
            case NO_SAMPLES -> i18n.text("digits.teach.problem.noSamples", name, ClassSet.MIN_SAMPLES);
            case TOO_FEW_SAMPLES -> i18n.text("digits.teach.problem.fewSamples", name, p.count(), ClassSet.MIN_SAMPLES);
            case DUPLICATE_NAME -> i18n.text("digits.teach.problem.duplicate", name);
        };
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("digits.teach.fileType"),
                "*" + ClassSetFile.EXTENSION));
        return chooser;
    }

    private void save() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName("my-classes" + ClassSetFile.EXTENSION);
        java.io.File file = chooser.showSaveDialog(window.get());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Saves the set (FX thread; a small file). */
    public void saveTo(Path file) {
        try {
            ClassSetFile.save(file, classSet());
            status.setText(i18n.text("digits.teach.saved", file.getFileName()));
            afterSave.run();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not save class set to {}", file, e);
            status.setText(i18n.text("digits.teach.saveFailed", file.getFileName(), e.getMessage()));
        }
    }

    private void load() {
        java.io.File file = chooser().showOpenDialog(window.get());
        if (file != null) {
            loadFrom(file.toPath());
        }
    }

    /** Replaces the classes on screen (a loaded file, a restored autosave); a set needs at least 2 classes. */
    public void setClasses(ClassSet set) {
        if (set.size() < ClassSet.MIN_CLASSES) {
            throw new IllegalArgumentException("a class set needs at least " + ClassSet.MIN_CLASSES + " classes");
        }
        editors.clear();
        for (TeachClass c : set.classes()) {
            ClassEditor editor = new ClassEditor(c.name());
            editor.samples().addAll(c.samples());
            editors.add(editor);
        }
        rebuildRows();
    }

    /** Told after the set was saved to a file (the autosave is then no longer needed). */
    public void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /** Loads a set, replacing the classes on screen only if the whole file is good. */
    public void loadFrom(Path file) {
        try {
            ClassSet set = ClassSetFile.load(file);
            if (set.size() < ClassSet.MIN_CLASSES) {
                status.setText(i18n.text("digits.teach.problem.fewClasses", ClassSet.MIN_CLASSES));
                return;
            }
            setClasses(set);
            status.setText(i18n.text("digits.teach.loaded", file.getFileName(), set.size()));
        } catch (IOException e) {
            LOG.warn("Could not load class set {}", file, e);
            status.setText(i18n.text("digits.teach.loadFailed", file.getFileName(), e.getMessage()));
        }
    }
}
