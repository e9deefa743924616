package org.neurallab.lab.playground.view;

import java.io.File;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.ColorRamp;
import org.neurallab.lab.playground.FrameSnapshot;
import org.neurallab.lab.playground.Metrics;
import org.neurallab.lab.playground.Timeline;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.Lesson;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * The Playground page: data on the left, hyper-parameters on top, the network in the middle, the
 * output, numbers, loss chart and timeline on the right, files and display options at the bottom.
 * An animation timer lets the trainer run one epoch per frame and draws the newest snapshot.
 */
public final class PlaygroundView {
    private final PlaygroundController controller;
    private final BorderPane root = new BorderPane();
    /** Scrolls only when the window is smaller than the page's minimum (e.g. 200 % text at 1280 x 800). */
    private final ScrollPane page = new ScrollPane(root);
    private final Map<Control, List<Node>> registry = new EnumMap<>(Control.class);
    private final NetworkPane network;
    private final OutputPane output;
    private final TrainingBar bar;
    private final DataPanel data;
    private final RunNumbers numbers = new RunNumbers();
    private final Label message = new Label();
    private final Label banner = new Label();
    private final Slider timeline = new Slider(0, 0, 0);
    private final Label timelineEpoch = new Label();
    private final ScrollPane left;
    private final Label note = new Label();
    private final AnimationTimer timer;
    private final DisplayBar display;
    private FrameSnapshot shown;
    private ColorRamp colors;

    /**
     * @param uiScale the shell's UI scale (1 to 2), which sizes the icons
     * @param worker  the training service's worker the playground trains on
     */
    public PlaygroundView(PlaygroundConfig initial, javafx.beans.value.ObservableDoubleValue uiScale,
                          org.neurallab.train.TrainingWorker worker) {
        controller = new PlaygroundController(initial, worker);
        colors = new ColorRamp(initial.getPalette());
        network = new NetworkPane(controller);
        output = new OutputPane(controller);
        bar = new TrainingBar(controller, registry, uiScale);
        data = new DataPanel(controller, output, registry);
        LessonEditor lesson = new LessonEditor(controller);
        I18n i18n = I18n.get();

        display = new DisplayBar(controller, root, message);
        network.showGradientsProperty().bind(display.gradientsProperty());

        left = new ScrollPane(new VBox(8, data.node(), lesson.node()));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(230);
        left.getStyleClass().add("edge-to-edge");

        timeline.setId("timeline");
        timeline.setDisable(true);
        timeline.valueProperty().addListener(o -> showTimeline());
        VBox right = new VBox(8, output, numbers.node(), I18n.get().labelled("playground.timeline", timeline), timelineEpoch);
        right.setPadding(new Insets(6, 8, 6, 8));
        right.setMinWidth(260);
        // the output is the picture students watch: a third of the page, more in large-canvas mode
        right.prefWidthProperty().bind(javafx.beans.binding.Bindings.when(display.largeCanvasProperty())
                .then(root.widthProperty().multiply(0.45)).otherwise(root.widthProperty().multiply(0.3)));
        VBox.setVgrow(output, Priority.ALWAYS);

        banner.setId("lesson-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.getStyleClass().add("playground-banner");
        message.setId("playground-message");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: -color-danger-fg;");
        message.textProperty().bind(controller.messageProperty());

        network.setStyle("-fx-background-color: -color-bg-default;");
        note.setId("playground-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setPadding(new Insets(0, 8, 4, 8));
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(i18n.live(() -> noteFor(controller.configProperty().get()), controller.configProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        root.setTop(new VBox(banner, bar.node(), note));
        root.setLeft(left);
        root.setCenter(network);
        root.setRight(right);
        root.setBottom(display.node());
        display.largeCanvasProperty().addListener((o, was, now) -> root.setLeft(now ? null : left));
        root.getStyleClass().add("playground-page");
        // in em, so the minimum grows with the UI scale and large text scrolls instead of squeezing
        root.setStyle("-fx-min-width: 76em; -fx-min-height: 47em;");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("edge-to-edge");
        page.setId("page-playground");

        wire();
        refreshLesson();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    public Node node() {
        return page;
    }

    /** A line that explains a choice that stops learning: the step function, or all-zero first weights. */
    static String noteFor(PlaygroundConfig c) {
        if (c.getLayers().stream().anyMatch(h -> h.activation() == org.neurallab.engine.activation.Activation.STEP)) {
            return I18n.get().text("playground.note.step");
        }
        if (c.getWeightInit() == org.neurallab.engine.plain.WeightInit.ZEROS) {
            return I18n.get().text("playground.note.zeros");
        }
        return "";
    }

    /** Saves the lesson (with its configuration) whenever it changes, so that it survives a restart. */
    public void keepLessonsIn(org.neurallab.lab.playground.state.LessonStore store) {
        Object[] saved = {controller.configProperty().get().getLesson()};
        controller.configProperty().addListener((obs, old, now) -> {
            if (!now.getLesson().equals(saved[0])) {
                saved[0] = now.getLesson();
                store.save(now);
            }
        });
        if (controller.configProperty().get().getLesson().active()) {
            store.save(controller.configProperty().get());
        }
    }

    PlaygroundController controller() {
        return controller;
    }

    /** Follows the shell's light/dark theme where CSS cannot reach (the chart canvas). */
    public void bindDarkTheme(javafx.beans.value.ObservableBooleanValue dark) {
        numbers.chart().darkProperty().bind(dark);
    }

    public void start() {
        timer.start();
    }

    /** Stops drawing and training (when another lab is shown). */
    public void stop() {
        bar.play.setSelected(false);
        timer.stop();
    }

    /** Stops the frames and ends the training loop's worker; the view is not used again. */
    public void close() {
        stop();
        controller.close();
    }

    /** Saves the configuration with its weights; a failure is reported in the message line. */
    void saveTo(File file) {
        display.saveTo(file);
    }

    private void wire() {
        bar.play.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                controller.loop().play();
            } else {
                controller.loop().pause();
            }
        });
        bar.step.setOnAction(e -> {
            bar.play.setSelected(false);
            controller.loop().step();
        });
        bar.reset.setOnAction(e -> {
            bar.play.setSelected(false);
            controller.reset();
        });
        controller.configProperty().addListener((o, old, now) -> {
            if (old == null || old.getPalette() != now.getPalette()) {
                colors = new ColorRamp(now.getPalette());
            }
            refreshLesson();
        });
        controller.generationProperty().addListener(o -> numbers.clear());
    }

    private void refreshLesson() {
        PlaygroundConfig c = controller.configProperty().get();
        Lesson lesson = c.getLesson();
        registry.forEach((control, nodes) -> nodes.forEach(n -> {
            n.setVisible(!lesson.hides(control));
            n.setManaged(!lesson.hides(control));
        }));
        banner.setVisible(lesson.active() && (!lesson.goal().isEmpty() || lesson.hasGoal()));
        banner.setManaged(banner.isVisible());
        updateBanner(shown == null ? Metrics.NONE : shown.metrics);
    }

    private void updateBanner(Metrics m) {
        PlaygroundConfig c = controller.configProperty().get();
        Lesson lesson = c.getLesson();
        if (!banner.isVisible()) {
            return;
        }
        boolean reached = Double.isFinite(m.testLoss()) && lesson.reached(m.testLoss(), c.hiddenNeurons());
        String goalText = lesson.goal().isEmpty() ? I18n.get().text("playground.lesson.defaultGoal",
                lesson.maxTestLoss(), lesson.maxNeurons()) : lesson.goal();
        banner.setText((reached ? "\u2714 " : "\u25CE ") + goalText
                + (reached ? "  " + I18n.get().text("playground.lesson.reached") : ""));
        banner.setStyle(reached
                ? "-fx-background-color: #2da44e; -fx-text-fill: white; -fx-padding: 6 10; -fx-font-weight: bold;"
                : "-fx-background-color: -color-accent-subtle; -fx-padding: 6 10;");
        banner.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("reached"), reached);
    }

    /** One animation frame: let the trainer run, draw the newest snapshot if there is one. */
    private void frame() {
        controller.loop().frameTick();
        FrameSnapshot snap = controller.loop().poll();
        if (snap == null) {
            if (bar.play.isSelected() && !controller.loop().playing()) {
                bar.play.setSelected(false);
                if (controller.loop().diverged()) {
                    controller.messageProperty().set(I18n.get().text("playground.error.diverged"));
                }
            }
            return;
        }
        if (shown != null) {
            controller.loop().recycle(shown);
        }
        shown = snap;
        network.show(snap, colors);
        if (atTimelineEnd()) {
            output.show(snap.outputPixels, snap.outputResolution, colors);
        }
        bar.epoch.setText(NumberFormat.getIntegerInstance(I18n.get().locale()).format(snap.epoch));
        numbers.show(snap.epoch, snap.metrics);
        Timeline t = controller.loop().timeline();
        boolean end = atTimelineEnd();
        timeline.setMax(Math.max(0, t.size() - 1));
        timeline.setDisable(t.size() < 2);
        if (end) {
            timeline.setValue(timeline.getMax());
            timelineEpoch.setText("");
        }
        updateBanner(snap.metrics);
    }

    private boolean atTimelineEnd() {
        return timeline.getValue() >= timeline.getMax() - 0.5;
    }

    private void showTimeline() {
        Timeline t = controller.loop().timeline();
        int i = (int) Math.round(timeline.getValue());
        if (i < 0 || i >= t.size() || shown == null) {
            return;
        }
        Timeline.Frame frame = t.get(i);
        if (frame.pixels().length != shown.outputPixels.length) {
            return;
        }
        if (atTimelineEnd()) {
            output.show(shown.outputPixels, shown.outputResolution, colors);
            timelineEpoch.setText("");
        } else {
            output.show(frame.pixels(), shown.outputResolution, colors);
            timelineEpoch.setText(I18n.get().text("playground.timeline.epoch", frame.epoch()));
        }
    }

    /** For tests: the newest drawn frame. */
    FrameSnapshot shownFrame() {
        return shown;
    }

    OutputPane outputPane() {
        return output;
    }

    NetworkPane networkPane() {
        return network;
    }

    TrainingBar trainingBar() {
        return bar;
    }
}
