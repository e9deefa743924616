package org.neurallab.lab.digits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.io.ModelFile;
import org.neurallab.lab.digits.model.BundledModels;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.model.WrongModelException;
import org.neurallab.lab.digits.pad.DrawingPad;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.teach.TeachModel;
import org.neurallab.lab.digits.view.FeatureMapsView;
import org.neurallab.lab.digits.view.FixPanel;
import org.neurallab.lab.digits.view.GrayImages;
import org.neurallab.lab.digits.view.ProbabilityBars;
import org.neurallab.lab.digits.view.TeachPanel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Digits lab: the pad on the left, what the model sees and its probabilities in the middle, and tabs for
 * the inside of the network, teaching your own classes and fixing misreads on the right. Models load and run
 * on the {@link LiveReader}'s thread; the page only polls it once per frame.
 */
public final class DigitsView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(DigitsView.class);
    private static final double PREVIEW = 112;
    static final double PRESENTER_ZOOM = 1.4;

    private final AppContext context;
    private final I18n i18n;
    private final LiveReader reader = new LiveReader();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "digits-training");
        t.setDaemon(true);
        return t;
    });
    private final DrawingPad pad = new DrawingPad();
    private final ProbabilityBars bars = new ProbabilityBars();
    private final ImageView preview = GrayImages.view(PREVIEW);
    private final Label hint = new Label();
    private final Label modelName = new Label();
    private final Label message = new Label();
    private final Button sample = new Button();
    private final FeatureMapsView inside;
    private final TeachPanel teach;
    private final FixPanel fix;
    private final TabPane tabs = new TabPane();
    private final Tab insideTab = new Tab();
    private Tab fixTab;
    private final Map<DigitsMode, DigitModel> models = new EnumMap<>(DigitsMode.class);
    private final Map<DigitsMode, String> missing = new EnumMap<>(DigitsMode.class);
    private DigitsMode mode = DigitsMode.DIGITS;
    private TeachModel teachModel;
    private LiveResult lastResult;
    private int requestedVersion = -1;
    private boolean inspectWasOn;
    private final AnimationTimer frame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame();
        }
    };

    public DigitsView(AppContext context) {
        this.context = context;
        this.i18n = context.i18n();
        setId("page-digits");
        getStyleClass().add("digits-page");
        getStylesheets().add(DigitsView.class.getResource("digits.css").toExternalForm());
        inside = new FeatureMapsView(context.uiScaleProperty(), (key, args) -> i18n.text(key, args));
        teach = new TeachPanel(i18n, reader, background, this::readPad, () -> getScene() == null ? null
                : getScene().getWindow(), this::taught);
        fix = new FixPanel(i18n, reader, background, () -> lastResult, this::currentKind, this::fineTuned);
        setTop(toolbar());
        setCenter(body());
        // Presenter mode (full screen) enlarges the pad further, for the back rows of a classroom.
        javafx.beans.value.ObservableBooleanValue fullScreen = context.stage() != null
                ? context.stage().fullScreenProperty() : new javafx.beans.property.SimpleBooleanProperty(false);
        pad.scaleProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> context.uiScaleProperty().get() * (fullScreen.get() ? PRESENTER_ZOOM : 1),
                context.uiScaleProperty(), fullScreen));
        i18n.localeProperty().addListener((obs, old, now) -> relabel());
        switchTo(DigitsMode.DIGITS);
    }

    /** Starts reading the pad every frame (the page is visible). */
    public void start() {
        frame.start();
    }

    public void stop() {
        frame.stop();
    }

    public DrawingPad pad() {
        return pad;
    }

    public ProbabilityBars bars() {
        return bars;
    }

    public TeachPanel teachPanel() {
        return teach;
    }

    public FixPanel fixPanel() {
        return fix;
    }

    public FeatureMapsView inside() {
        return inside;
    }

    /** The newest reading shown (null before the first). */
    public LiveResult lastResult() {
        return lastResult;
    }

    public String hintText() {
        return hint.getText();
    }

    public String messageText() {
        return message.getText();
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox modes = new HBox(4);
        for (DigitsMode m : DigitsMode.values()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(i18n.bind("digits.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
            b.setId("digits-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(m == DigitsMode.DIGITS);
            b.setOnAction(e -> {
                b.setSelected(true);
                switchTo(m);
            });
            modes.getChildren().add(b);
        }
        Button choose = new Button();
        choose.textProperty().bind(i18n.bind("digits.model.choose"));
        choose.setId("digits-choose-model");
        choose.setOnAction(e -> chooseModel());
        modelName.setId("digits-model-name");
        modelName.getStyleClass().add("text-muted");
        message.setId("digits-message");
        message.setWrapText(true);
        message.getStyleClass().add("digits-message");
        FlowPane right = new FlowPane(8, 4, choose, modelName);
        right.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, new HBox(12, modes, right), message);
        HBox bar = new HBox(box);
        bar.getStyleClass().add("digits-toolbar");
        bar.setPadding(new Insets(8, 12, 4, 12));
        return bar;
    }

    private ScrollPane body() {
        ToggleButton eraser = new ToggleButton();
        eraser.textProperty().bind(i18n.bind("digits.pad.eraser"));
        eraser.setId("digits-eraser");
        pad.eraserProperty().bind(eraser.selectedProperty());
        Button undo = new Button();
        undo.textProperty().bind(i18n.bind("digits.pad.undo"));
        undo.setId("digits-undo");
        undo.setOnAction(e -> pad.undo());
        Button clear = new Button();
        clear.textProperty().bind(i18n.bind("digits.pad.clear"));
        clear.setId("digits-clear");
        clear.setOnAction(e -> pad.clear());
        sample.textProperty().bind(i18n.bind("digits.pad.sample"));
        sample.setId("digits-sample");
        sample.setOnAction(e -> putSample());
        FlowPane tools = new FlowPane(6, 6, eraser, undo, clear, sample);
        tools.setPrefWrapLength(280);
        hint.setId("digits-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("digits-hint");
        VBox left = new VBox(8, pad, tools, hint);
        left.setFillWidth(false);
        hint.maxWidthProperty().bind(pad.widthProperty());
        // The column is as wide as the pad; long hints wrap instead of widening it.
        left.prefWidthProperty().bind(pad.scaleProperty().multiply(PadPipeline.PAD_SIZE).add(2));
        left.setMinWidth(USE_PREF_SIZE);
        tools.prefWrapLengthProperty().bind(pad.widthProperty());

        Label seesTitle = title("digits.sees");
        preview.fitWidthProperty().bind(context.uiScaleProperty().multiply(PREVIEW));
        preview.fitHeightProperty().bind(context.uiScaleProperty().multiply(PREVIEW));
        preview.setId("digits-preview");
        Label barsTitle = title("digits.probabilities");
        VBox middle = new VBox(8, seesTitle, preview, barsTitle, bars);
        middle.setMinWidth(220);
        middle.prefWidthProperty().bind(context.uiScaleProperty().multiply(260));

        insideTab.textProperty().bind(i18n.bind("digits.tab.inside"));
        insideTab.setContent(scroll(inside));
        insideTab.setId("digits-tab-inside");
        Tab teachTab = new Tab();
        teachTab.textProperty().bind(i18n.bind("digits.tab.teach"));
        teachTab.setContent(scroll(teach));
        teachTab.setId("digits-tab-teach");
        fixTab = new Tab();
        fixTab.textProperty().bind(i18n.bind("digits.tab.fix"));
        fixTab.setContent(scroll(fix));
        fixTab.setId("digits-tab-fix");
        tabs.getTabs().addAll(insideTab, teachTab, fixTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(300);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        middle.setMinWidth(USE_PREF_SIZE);
        HBox row = new HBox(16, left, middle, tabs);
        VBox content = new VBox(16, row);
        VBox.setVgrow(row, Priority.ALWAYS);
        content.setPadding(new Insets(8, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        // Wide window: the tabs beside the pad; narrow window or large UI scale: below it, and the page scrolls.
        FlowPane narrowRow = new FlowPane(16, 16);
        Runnable place = () -> {
            double needed = left.getPrefWidth() + middle.prefWidth(-1) + 32 + 460 * context.uiScaleProperty().get();
            boolean wide = scroll.getViewportBounds().getWidth() >= needed;
            if (wide && !row.getChildren().contains(tabs)) {
                narrowRow.getChildren().clear();
                row.getChildren().setAll(left, middle, tabs);
                content.getChildren().setAll(row);
                scroll.setFitToHeight(true);
                tabs.prefHeightProperty().unbind();
                tabs.setPrefHeight(USE_COMPUTED_SIZE);
            } else if (!wide && !narrowRow.getChildren().contains(left)) {
                row.getChildren().clear();
                narrowRow.getChildren().setAll(left, middle);
                content.getChildren().setAll(narrowRow, tabs);
                scroll.setFitToHeight(false);
                tabs.prefHeightProperty().bind(context.uiScaleProperty().multiply(520));
            }
        };
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> place.run());
        pad.scaleProperty().addListener((obs, old, now) -> Platform.runLater(place));
        return scroll;
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new Insets(8));
        s.getStyleClass().add("edge-to-edge");
        return s;
    }

    private Label title(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    /** The pad as the model would see it, read on the FX thread (about a millisecond). */
    private PadReading readPad() {
        return PadPipeline.read(pad.snapshot(), pad.background(), InputMode.DIGIT, DrawingPad.PEN_WIDTH);
    }

    private DatasetKind currentKind() {
        DigitModel m = models.get(mode == DigitsMode.FASHION ? DigitsMode.FASHION : DigitsMode.DIGITS);
        return m != null ? m.kind() : mode == DigitsMode.FASHION ? DatasetKind.FASHION : DatasetKind.MNIST;
    }

    private void onFrame() {
        boolean inspect = tabs.getSelectionModel().getSelectedItem() == insideTab;
        int version = pad.versionProperty().get();
        if (version != requestedVersion || inspect != inspectWasOn) {
            requestedVersion = version;
            inspectWasOn = inspect;
            requestReading(inspect);
        }
        LiveResult r = reader.takeResult();
        if (r != null) {
            show(r);
        }
    }

    private void requestReading(boolean inspect) {
        reader.request(new LiveReader.Request(pad.snapshot(), pad.background(), DrawingPad.PEN_WIDTH, inspect));
    }

    private void show(LiveResult r) {
        lastResult = r;
        preview.setImage(GrayImages.of(r.reading().pixels(), 28, 28));
        bars.show(r.labels(), r.prediction(), i18n.locale());
        if (inspectWasOn) {
            inside.show(r.layers(), r.filters(), i18n.locale());
        }
        fix.showReading(r);
        hint.setText(hintFor(r));
    }

    private String hintFor(LiveResult r) {
        if (mode == DigitsMode.OWN_CLASSES && teachModel == null) {
            return i18n.text("digits.hint.teachFirst");
        }
        if (mode != DigitsMode.OWN_CLASSES && models.get(mode) == null) {
            String file = missing.get(mode);
            return file != null ? i18n.text("digits.model.missing", file) : i18n.text("digits.model.loading");
        }
        return switch (r.reading().status()) {
            case EMPTY -> i18n.text(mode == DigitsMode.FASHION ? "digits.hint.emptyFashion" : "digits.hint.empty");
            case TOO_SMALL -> i18n.text("digits.hint.tooSmall");
            case OK -> r.prediction() == null ? "" : i18n.text("digits.hint.reads",
                    r.labels().get(r.prediction().top()));
        };
    }

    private void switchTo(DigitsMode next) {
        if (next != mode) {
            showMessage((Object[]) null);
        }
        mode = next;
        // Corrections are digits or clothes: they make no sense for the student's own classes.
        fixTab.setDisable(next == DigitsMode.OWN_CLASSES);
        sample.setVisible(next != DigitsMode.OWN_CLASSES);
        sample.setManaged(next != DigitsMode.OWN_CLASSES);
        pad.clear();
        if (next == DigitsMode.OWN_CLASSES) {
            reader.useTeachModel(teachModel);
            showModelName("digits.model.own");
            tabs.getSelectionModel().select(1);
            return;
        }
        DigitModel loaded = models.get(next);
        if (loaded != null) {
            use(loaded);
            return;
        }
        DatasetKind kind = next == DigitsMode.FASHION ? DatasetKind.FASHION : DatasetKind.MNIST;
        Path file = BundledModels.file(kind);
        reader.use(null, inputModeOf(kind), classNames(kind));
        showModelName("digits.model.loading");
        if (file == null || !Files.isRegularFile(file)) {
            String shown = file == null ? "assets/models/" + BundledModels.fileName(kind) : file.toString();
            missing.put(next, shown);
            showModelName("digits.model.none");
            LOG.warn("No bundled {} model at {}", kind, shown);
            requestedVersion = -1;
            return;
        }
        DigitsMode target = next;
        reader.load(file).whenComplete((model, error) -> Platform.runLater(() -> {
            if (error != null) {
                missing.put(target, file + " (" + rootMessage(error) + ")");
                LOG.warn("Could not load bundled model {}", file, error);
            } else {
                models.put(target, model);
            }
            if (mode == target) {
                if (model != null) {
                    use(model);
                } else {
                    showModelName("digits.model.none");
                    requestedVersion = -1;
                }
            }
        }));
    }

    private Object[] modelNameText = {"digits.model.loading"};
    private Object[] messageText;

    /** Shows a translated text that follows language switches: the key, then its arguments. */
    private void showModelName(Object... keyAndArgs) {
        modelNameText = keyAndArgs;
        modelName.setText(translate(keyAndArgs));
    }

    private void showMessage(Object... keyAndArgs) {
        messageText = keyAndArgs == null || keyAndArgs.length == 0 || keyAndArgs[0] == null ? null : keyAndArgs;
        message.setText(translate(messageText));
    }

    private String translate(Object[] keyAndArgs) {
        if (keyAndArgs == null) {
            return "";
        }
        return i18n.text((String) keyAndArgs[0], java.util.Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length));
    }

    private void use(DigitModel model) {
        reader.use(model, inputModeOf(model.kind()), classNames(model.kind()));
        showModelName("digits.model.name", model.name());
        requestedVersion = -1;
    }

    private static InputMode inputModeOf(DatasetKind kind) {
        return kind == DatasetKind.FASHION ? InputMode.WHOLE_PAD : InputMode.DIGIT;
    }

    private List<String> classNames(DatasetKind kind) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kind.classCount(); i++) {
            names.add(i18n.text(kind.classKey(i)));
        }
        return names;
    }

    private void relabel() {
        modelName.setText(translate(modelNameText));
        message.setText(translate(messageText));
        DigitModel m = models.get(mode);
        if (mode != DigitsMode.OWN_CLASSES) {
            reader.relabel(classNames(m != null ? m.kind() : currentKind()));
        }
        requestedVersion = -1;
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("digits.model.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("digits.model.fileType"),
                "*" + ModelFile.EXTENSION));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            loadModel(file.toPath());
        }
    }

    /** Loads a model file in the background; a file that does not fit leaves the current model in place. */
    public void loadModel(Path file) {
        showMessage("digits.model.loadingFile", file.getFileName());
        reader.load(file).whenComplete((model, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof WrongModelException w) {
                    showMessage("digits.model.wrongShape", file.getFileName(), w.inputShape(),
                            w.classes());
                } else {
                    showMessage("digits.model.loadFailed", file.getFileName(), rootMessage(cause));
                }
                LOG.warn("Could not use model {}", file, cause);
                return;
            }
            DigitsMode target = model.kind() == DatasetKind.FASHION ? DigitsMode.FASHION : DigitsMode.DIGITS;
            models.put(target, model);
            missing.remove(target);
            showMessage("digits.model.loaded", file.getFileName());
            if (mode != target) {
                selectModeButton(target);
            }
            switchTo(target);
        }));
    }

    private void selectModeButton(DigitsMode target) {
        javafx.scene.Node b = lookup("#digits-mode-" + target.name().toLowerCase(java.util.Locale.ROOT));
        if (b instanceof ToggleButton t) {
            t.setSelected(true);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private void putSample() {
        DatasetKind kind = currentKind();
        showMessage((Object[]) null);
        background.execute(() -> {
            try {
                ImageDataset test = MnistLoader.load(kind, Split.TEST);
                int i = new Random().nextInt(test.count());
                float[] picture = test.image(i);
                String truth = i18n.text(kind.classKey(test.label(i)));
                Platform.runLater(() -> {
                    pad.showPicture(picture);
                    showMessage("digits.sample.shown", i + 1, truth);
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not load a sample", e);
                Platform.runLater(() -> showMessage("digits.sample.failed", e.getMessage()));
            }
        });
    }

    private void taught(TeachModel model) {
        teachModel = model;
        if (mode != DigitsMode.OWN_CLASSES) {
            selectModeButton(DigitsMode.OWN_CLASSES);
            mode = DigitsMode.OWN_CLASSES;
            fixTab.setDisable(true);
            sample.setVisible(false);
            sample.setManaged(false);
            showModelName("digits.model.own");
        }
        reader.useTeachModel(model);
        requestedVersion = -1;
    }

    private void fineTuned(DigitModel model) {
        DigitsMode target = model.kind() == DatasetKind.FASHION ? DigitsMode.FASHION : DigitsMode.DIGITS;
        models.put(target, model);
        if (mode == target) {
            use(model);
        }
    }

    /** Stops the background threads (the window is closing). */
    public void dispose() {
        frame.stop();
        reader.close();
        background.shutdownNow();
    }
}
