package org.neurallab.lab.digits.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.io.ModelFile;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.pad.DrawingPad;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.reader.LiveReader;
import org.neurallab.lab.digits.reader.LiveResult;
import org.neurallab.lab.digits.teach.TeachModel;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Digits lab: the pad on the left, what the model sees and its probabilities in the middle, and tabs for
 * the inside of the network, teaching your own classes and fixing misreads on the right. Models load and run
 * on the {@link LiveReader}'s worker; teaching and fine-tuning are runs of the training service on the lab's
 * training worker. The page only polls once per frame.
 */
public final class DigitsView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(DigitsView.class);
    static final double PRESENTER_ZOOM = 1.4;

    private final AppContext context;
    private final I18n i18n;
    /** The training service's workers of the lab: reading the pad, and teaching/fine-tuning. */
    static final String READER = "digits-inference";
    static final String TRAINER = "digits-training";

    private final LiveReader reader;
    private final TrainingWorker background;
    private final DrawingPad pad = new DrawingPad();
    private final ProbabilityBars bars = new ProbabilityBars();
    private ReadingColumn readingColumn;
    private final DigitsToolbar toolbar;
    private final StatusText modelName;
    private final StatusText message;
    private PadColumn padColumn;
    private final FeatureMapsView inside;
    private final TeachPanel teach;
    private final FixPanel fix;
    private DigitsTabs tabs;
    private final ModelShelf models;
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
        this.reader = new LiveReader(context.training().worker(READER));
        this.background = context.training().worker(TRAINER);
        this.models = new ModelShelf(reader);
        setId("page-digits");
        getStyleClass().add("digits-page");
        getStylesheets().add(DigitsView.class.getResource("digits.css").toExternalForm());
        inside = new FeatureMapsView(context.uiScaleProperty(), (key, args) -> i18n.text(key, args));
        teach = new TeachPanel(i18n, reader, background, this::readPad, () -> getScene() == null ? null
                : getScene().getWindow(), this::taught);
        fix = new FixPanel(i18n, reader, background, () -> lastResult, this::currentKind, this::fineTuned,
                context.settingsFolder());
        toolbar = new DigitsToolbar(i18n, this::switchTo, this::chooseModel);
        modelName = toolbar.modelName();
        message = toolbar.message();
        setTop(toolbar);
        setCenter(body());
        // Presenter mode (full screen) enlarges the pad further, for the back rows of a classroom.
        javafx.beans.value.ObservableBooleanValue fullScreen = context.stage() != null
                ? context.stage().fullScreenProperty() : new javafx.beans.property.SimpleBooleanProperty(false);
        pad.scaleProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> context.uiScaleProperty().get() * (fullScreen.get() ? PRESENTER_ZOOM : 1),
                context.uiScaleProperty(), fullScreen));
        I18n.get().onChange(this, () -> relabel());
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
        return padColumn.hint().getText();
    }

    public String messageText() {
        return message.getText();
    }

    private ScrollPane body() {
        padColumn = new PadColumn(i18n, pad, this::putSample);
        readingColumn = new ReadingColumn(i18n, bars, context.uiScaleProperty());
        tabs = new DigitsTabs(i18n, inside, teach, fix);
        return new ResponsiveBody(padColumn, readingColumn, tabs, context.uiScaleProperty(), pad.scaleProperty());
    }

    /** The pad as the model would see it, read on the FX thread (about a millisecond). */
    private PadReading readPad() {
        return PadPipeline.read(pad.snapshot(), pad.background(), InputMode.DIGIT, DrawingPad.PEN_WIDTH);
    }

    private DatasetKind currentKind() {
        DigitModel m = models.get(mode == DigitsMode.FASHION ? DigitsMode.FASHION : DigitsMode.DIGITS);
        return m != null ? m.kind() : ModelShelf.kindOf(mode);
    }

    private void onFrame() {
        boolean inspect = tabs.insideShown();
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
        if (r.reading().status() == org.neurallab.lab.digits.pad.PadReading.Status.OK) {
            context.latestDrawingProperty().set(r.reading().pixels().clone()); // for the Convolution lab
        }
        readingColumn.showInput(r.reading().pixels());
        bars.show(r.labels(), r.prediction(), i18n.locale());
        if (inspectWasOn) {
            inside.show(r.layers(), r.filters(), i18n.locale());
        }
        fix.showReading(r);
        padColumn.hint().setText(hintFor(r));
    }

    private String hintFor(LiveResult r) {
        if (mode == DigitsMode.OWN_CLASSES && teachModel == null) {
            return i18n.text("digits.hint.teachFirst");
        }
        if (mode != DigitsMode.OWN_CLASSES && models.get(mode) == null) {
            String file = models.missing(mode);
            return file != null ? i18n.text("digits.model.missing", file) : i18n.text("digits.model.loading");
        }
        return switch (r.reading().status()) {
            case EMPTY -> i18n.text(mode == DigitsMode.FASHION ? "digits.hint.emptyFashion" : "digits.hint.empty");
            case TOO_SMALL -> i18n.text("digits.hint.tooSmall");
            case OK -> r.prediction() == null ? "" : ReadingHint.reads(i18n, r.labels(), r.prediction(), r.reading().pixels(),
                    mode == DigitsMode.OWN_CLASSES, mode == DigitsMode.DIGITS);
        };
    }

    private void switchTo(DigitsMode next) {
        if (next != mode) {
            message.show();
        }
        mode = next;
        tabs.setFixEnabled(next != DigitsMode.OWN_CLASSES);
        padColumn.setSampleShown(next != DigitsMode.OWN_CLASSES);
        pad.clear();
        if (next == DigitsMode.OWN_CLASSES) {
            reader.useTeachModel(teachModel);
            modelName.show("digits.model.own");
            tabs.showTeach();
            return;
        }
        DigitModel loaded = models.get(next);
        if (loaded != null) {
            use(loaded);
            return;
        }
        DatasetKind kind = ModelShelf.kindOf(next);
        reader.use(null, inputModeOf(kind), classNames(kind));
        modelName.show("digits.model.loading");
        DigitsMode target = next;
        boolean loading = models.loadBundled(next, model -> {
            if (mode == target) {
                if (model != null) {
                    use(model);
                } else {
                    modelName.show("digits.model.none");
                    requestedVersion = -1;
                }
            }
        });
        if (!loading) {
            modelName.show("digits.model.none");
            requestedVersion = -1;
        }
    }

    private void use(DigitModel model) {
        reader.use(model, inputModeOf(model.kind()), classNames(model.kind()));
        modelName.show("digits.model.name", model.name());
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
        modelName.retranslate();
        message.retranslate();
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
        message.show("digits.model.loadingFile", file.getFileName());
        models.loadFile(file, model -> {
            DigitsMode target = ModelShelf.modeOf(model.kind());
            message.show("digits.model.loaded", file.getFileName());
            if (mode != target) {
                toolbar.select(target);
            }
            switchTo(target);
        }, message::show);
    }

    private void putSample() {
        DatasetKind kind = currentKind();
        message.show();
        background.execute(() -> {
            try {
                ImageDataset test = MnistLoader.load(kind, Split.TEST);
                int i = new Random().nextInt(test.count());
                float[] picture = test.image(i);
                String truth = i18n.text(kind.classKey(test.label(i)));
                Platform.runLater(() -> {
                    pad.showPicture(picture);
                    message.show("digits.sample.shown", i + 1, truth);
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not load a sample", e);
                Platform.runLater(() -> message.show("digits.sample.failed", e.getMessage()));
            }
        });
    }

    private void taught(TeachModel model) {
        teachModel = model;
        if (mode != DigitsMode.OWN_CLASSES) {
            toolbar.select(DigitsMode.OWN_CLASSES);
            mode = DigitsMode.OWN_CLASSES;
            tabs.setFixEnabled(false);
            padColumn.setSampleShown(false);
            modelName.show("digits.model.own");
        }
        reader.useTeachModel(model);
        requestedVersion = -1;
    }

    private void fineTuned(DigitModel model) {
        if (mode == models.put(model)) {
            use(model);
        }
    }

    /** Stops reading the pad (the window is closing); the app's training service ends the workers. */
    public void dispose() {
        frame.stop();
    }
}
