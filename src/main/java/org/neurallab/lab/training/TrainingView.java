package org.neurallab.lab.training;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.lab.training.builder.ModelBuilderPane;
import org.neurallab.lab.training.charts.RunList;
import org.neurallab.lab.training.charts.TrainingCharts;
import org.neurallab.lab.training.dataset.AugmentationPane;
import org.neurallab.lab.training.dataset.DatasetPane;
import org.neurallab.lab.training.inside.InsidePane;
import org.neurallab.lab.training.settings.HyperParameters;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.lab.training.results.ResultsPane;
import org.neurallab.lab.training.run.RunController;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.run.RunStatus;
import org.neurallab.train.TrainingService;

/**
 * The Training lab: data, model and settings on the left; run controls, progress, live charts, the
 * run comparison and the results on the right. The {@link RunController} takes the worker's events once
 * per frame and the {@link RunPresenter} draws them.
 */
public final class TrainingView extends BorderPane {
    private static final int TRAIN_IMAGES = 60_000;

    final DatasetPane dataset = new DatasetPane();
    final ModelBuilderPane builder = new ModelBuilderPane(ModelPreset.IMAGE_SHAPE, 10);
    final SettingsPane settings = new SettingsPane(TRAIN_IMAGES);
    final AugmentationPane augmentation = new AugmentationPane();
    final RunButtons buttons = new RunButtons();
    final ProgressPanel progress = new ProgressPanel();
    final Label banner = new Label();
    final Label cannotStart = new Label();
    final TrainingCharts charts = new TrainingCharts();
    final RunList runs = new RunList();
    final ResultsPane results = new ResultsPane();
    final TabPane tabs = new TabPane();
    final RunController controller;
    final InsidePane inside;
    final FileActions files;
    private final StringProperty runStatus = new SimpleStringProperty("");
    private final RunPresenter presenter;
    private java.util.function.Supplier<String> message = () -> "";

    public TrainingView(TrainingService service) {
        getStyleClass().add("training-lab");
        getStylesheets().add(TrainingView.class.getResource("/org/neurallab/lab/training/training.css").toExternalForm());
        controller = new RunController(service);
        files = new FileActions(controller.worker());
        inside = new InsidePane(controller.insideProperty());
        presenter = new RunPresenter(controller, new PaneSetup(), new RunPresenter.Display(charts, runs, progress,
                results, () -> tabs.getSelectionModel().select(1)), this::showMessage);
        runStatus.bind(I18n.get().live(() -> statusText(controller.statusProperty().get()), controller.statusProperty()));

        VBox left = new VBox(8,
                titled("training.section.data", dataset, true),
                titled("training.section.model", builder, true),
                titled("training.section.settings", settings, true),
                titled("training.section.augment", augmentation, false));
        left.setPadding(new Insets(8));
        left.setFillWidth(true);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("training-left");
        leftScroll.setMinWidth(260);

        banner.setId("run-message");
        banner.setWrapText(true);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        cannotStart.setId("cannot-start");
        cannotStart.setWrapText(true);
        cannotStart.getStyleClass().add("danger");
        cannotStart.managedProperty().bind(cannotStart.visibleProperty());

        Tab runsTab = new Tab(null, runs);
        runsTab.textProperty().bind(I18n.get().bind("training.runs.title"));
        ScrollPane resultsScroll = new ScrollPane(results);
        resultsScroll.setFitToWidth(true);
        results.setPadding(new Insets(8));
        Tab resultsTab = new Tab(null, resultsScroll);
        resultsTab.setId("results-tab");
        resultsTab.textProperty().bind(I18n.get().bind("training.results.title"));
        Tab insideTab = new Tab(null, inside);
        insideTab.setId("inside-tab");
        insideTab.textProperty().bind(I18n.get().bind("trainInside.title"));
        inside.selectedProperty().bind(insideTab.selectedProperty());
        tabs.getTabs().addAll(runsTab, resultsTab, insideTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane chartsAndTabs = new SplitPane(charts, tabs);
        chartsAndTabs.setOrientation(Orientation.VERTICAL);
        chartsAndTabs.setDividerPositions(0.62);
        VBox right = new VBox(8, buttons, cannotStart, progress, banner, chartsAndTabs);
        right.setPadding(new Insets(8));
        VBox.setVgrow(chartsAndTabs, javafx.scene.layout.Priority.ALWAYS);

        SplitPane main = new SplitPane(leftScroll, right);
        main.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(leftScroll, false);
        setCenter(main);

        charts.fontSizeProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(13, progress.fontProbe().getFont().getSize() * 0.95), progress.fontProbe().fontProperty()));
        I18n.get().onChange(this, () -> banner.setText(message.get()));
        wireButtons();
        dataset.dataProperty().addListener((o, a, d) -> {
            if (d != null) {
                augmentation.setSource(d.test());
            }
        });
        dataset.select(org.neurallab.data.DatasetKind.MNIST);
    }

    private TitledPane titled(String key, Node content, boolean expanded) {
        TitledPane t = new TitledPane(null, content);
        t.textProperty().bind(I18n.get().bind(key));
        t.setExpanded(expanded);
        t.setAnimated(false);
        return t;
    }

    private void wireButtons() {
        BooleanBinding idle = controller.phaseProperty().isEqualTo(Phase.IDLE);
        BooleanBinding running = controller.phaseProperty().isEqualTo(Phase.RUNNING);
        BooleanBinding paused = controller.phaseProperty().isEqualTo(Phase.PAUSED);
        BooleanBinding modelOk = Bindings.createBooleanBinding(
                () -> builder.checkProperty().get() != null && builder.checkProperty().get().ok(), builder.checkProperty());
        BooleanBinding ready = idle.and(modelOk).and(settings.validProperty()).and(dataset.dataProperty().isNotNull());
        buttons.start.disableProperty().bind(ready.not());
        buttons.pause.visibleProperty().bind(paused.not());
        buttons.pause.disableProperty().bind(running.not());
        buttons.resume.visibleProperty().bind(paused);
        buttons.stop.disableProperty().bind(running.or(paused).not());
        buttons.step.disableProperty().bind(ready.or(running).or(paused).not());
        buttons.save.disableProperty().bind(idle.not());
        buttons.load.disableProperty().bind(idle.not());
        cannotStart.visibleProperty().bind(idle.and(modelOk.and(settings.validProperty()).not()));
        cannotStart.textProperty().bind(Bindings.concat(I18n.get().bind("training.run.cannotStart"),
                Bindings.when(settings.problemProperty().isEmpty()).then("").otherwise(" "),
                settings.problemProperty()));

        buttons.bindTwin(presenter.twinProperty(), idle);
        buttons.start.setOnAction(e -> presenter.start(false));
        buttons.twin.setOnAction(e -> presenter.startTwin());
        buttons.step.setOnAction(e -> {
            if (controller.phase() == Phase.IDLE) {
                presenter.start(true);
            } else {
                controller.step();
            }
        });
        buttons.pause.setOnAction(e -> controller.pause());
        buttons.resume.setOnAction(e -> controller.resume());
        buttons.stop.setOnAction(e -> controller.stop());
        buttons.save.setOnAction(e -> {
            if (!controller.hasModel()) {
                showMessage(I18n.get().text("training.file.noModel"), true);
                return;
            }
            files.saveModel(getScene().getWindow(), controller::snapshot);
        });
        buttons.load.setOnAction(e -> files.loadModel(getScene().getWindow(), ModelPreset.IMAGE_SHAPE, 10,
                presenter::loaded));
        buttons.exportPng.setOnAction(e -> files.exportPng(getScene().getWindow(), charts));
        buttons.exportCsv.setOnAction(e -> files.exportCsv(getScene().getWindow(), presenter.shownHistory()));
        files.setInfoSink(m -> showMessage(m, false));
    }

    /** A message above the charts: an error in red, or a quiet note. */
    void showMessage(String text, boolean error) {
        showMessage(() -> text, error);
    }

    /** The same, written again in the new language when the language changes. */
    void showMessage(java.util.function.Supplier<String> text, boolean error) {
        banner.getStyleClass().removeAll("danger", "success");
        if (error) {
            banner.getStyleClass().add("danger");
        }
        message = text;
        banner.setText(text.get());
    }

    /** Whether the dark theme is on; the charts follow it. */
    public javafx.beans.property.BooleanProperty darkProperty() {
        return charts.darkProperty();
    }

    /** "Training: epoch 2/5, 1,830 samples/s" for the shell's status bar; empty when idle. */
    public StringProperty runStatusProperty() {
        return runStatus;
    }

    /**
     * Shown or hidden: a hidden lab is not redrawn (its run goes on, and its history and status stay
     * current in the controller); it is redrawn once when shown again.
     */
    public void setActive(boolean active) {
        presenter.setActive(active);
        inside.setActive(active);
    }

    /** Takes over a model restored from the autosave, as if it had been opened from a file. */
    void restoreModel(org.neurallab.io.SavedModel saved) {
        presenter.loaded(saved);
    }

    /** Stops any run (when the lab is closed). */
    public void dispose() {
        controller.stop();
    }

    private static String statusText(RunStatus s) {
        if (s == null) {
            return "";
        }
        NumberFormat whole = NumberFormat.getIntegerInstance(I18n.get().locale());
        return I18n.get().text("training.progress.status", s.epoch(), s.epochs(),
                whole.format(Math.round(s.samplesPerSecond())));
    }

    /** The left-hand panes as the presenter reads them. */
    private final class PaneSetup implements RunPresenter.Setup {
        @Override
        public DatasetPane.LoadedData data() {
            return dataset.dataProperty().get();
        }

        @Override
        public HyperParameters parameters() {
            return settings.parametersProperty().get();
        }

        @Override
        public ModelSpec model() {
            ModelSummary check = builder.checkProperty().get();
            return check != null && check.ok() ? builder.spec() : null;
        }

        @Override
        public Supplier<AugmentationSettings> augmentation() {
            return augmentation.augmentationSupplier();
        }

        @Override
        public void showLayers(List<LayerSpec> layers) {
            builder.setLayers(layers);
        }
    }

    // --- for tests and the lab page ---

    public DatasetPane dataset() {
        return dataset;
    }

    public ModelBuilderPane builder() {
        return builder;
    }

    public SettingsPane settings() {
        return settings;
    }

    public TrainingCharts charts() {
        return charts;
    }

    public ResultsPane results() {
        return results;
    }

    public FileActions files() {
        return files;
    }

    public RunController controller() {
        return controller;
    }

    public AugmentationPane augmentation() {
        return augmentation;
    }

    public ProgressPanel progress() {
        return progress;
    }

    public Label message() {
        return banner;
    }

    public RunList runs() {
        return runs;
    }

    public InsidePane inside() {
        return inside;
    }

    List<String> classNames() {
        DatasetPane.LoadedData d = dataset.dataProperty().get();
        return d == null ? List.of() : org.neurallab.lab.training.dataset.ClassNames.of(d.kind());
    }
}
