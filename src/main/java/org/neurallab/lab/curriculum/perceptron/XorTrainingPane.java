package org.neurallab.lab.curriculum.perceptron;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.NumberText;
import org.neurallab.ui.chart.XyPlot;

/**
 * Lecture 001's XOR network trained live: a seed, Train / Stop, progress, the loss curve (log scale) and
 * the four outputs next to the lecture's. The run is a run of the training service; an animation timer picks up
 * the newest snapshot once per frame, so the page never gets more than one update per frame.
 */
final class XorTrainingPane extends VBox {
    /** The outputs lecture 001 prints after 10,000 epochs. */
    static final double[] LECTURE_OUTPUTS = {0.02927434, 0.966822, 0.97259355, 0.02586958};

    private final XorTrainer trainer;
    private final NumberField seed = new NumberField(XorTraining.LECTURE_SEED, 0, 1_000_000, true);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final XyPlot curve = new XyPlot();
    private final Label[] outputs = new Label[4];
    private final Label[] rounded = new Label[4];
    private final Label stuck;
    private final ObjectProperty<XorTrainer.Snapshot> shown = new SimpleObjectProperty<>();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            XorTrainer.Snapshot s = trainer.latest();
            if (s != shown.get()) {
                shown.set(s);
            }
            if (!trainer.isRunning()) {
                stop();
            }
        }
    };

    XorTrainingPane(CurriculumContext context) {
        trainer = new XorTrainer(true, context.worker());
        getStyleClass().add("perceptron-section");
        setSpacing(8);
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curPerceptron.train.heading"));
        heading.getStyleClass().add("title-4");

        seed.setId("xor-seed");
        Label seedLabel = new Label();
        seedLabel.textProperty().bind(I18n.get().bind("curPerceptron.train.seed"));
        Button train = new Button();
        train.setId("xor-train");
        train.textProperty().bind(I18n.get().bind("curPerceptron.train.start"));
        train.setGraphic(new FontIcon(MaterialDesignP.PLAY));
        train.setOnAction(e -> start());
        Button stop = new Button();
        stop.setId("xor-stop");
        stop.textProperty().bind(I18n.get().bind("curPerceptron.train.stop"));
        stop.setGraphic(new FontIcon(MaterialDesignS.STOP));
        stop.setOnAction(e -> stop());
        progress.setId("xor-progress");
        progress.prefWidthProperty().bind(context.fontSize().multiply(12));
        FlowPane controls = new FlowPane(10, 8, seedLabel, seed, train, stop, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        status.setId("xor-status");

        curve.fontSizeProperty().bind(context.fontSize());
        curve.darkProperty().bind(context.dark());
        curve.setWindow(0, XorTraining.LECTURE_EPOCHS * 1.06, -4, 0, false);
        curve.prefWidthProperty().bind(FitWidth.of(context.fontSize(), 28, this));
        curve.prefHeightProperty().bind(context.fontSize().multiply(16));
        curve.xLabelProperty().bind(I18n.get().bind("curPerceptron.train.epochAxis"));
        curve.yLabelProperty().bind(I18n.get().bind("curPerceptron.train.lossAxis"));
        curve.setPainter(this::paintCurve);

        stuck = SinglePerceptronPane.explanation("train.stuck");
        stuck.setId("xor-stuck");
        stuck.getStyleClass().add("topic-note");
        stuck.setVisible(false);
        stuck.managedProperty().bind(stuck.visibleProperty());

        WrappingRow body = new WrappingRow(24, 12, curve, outputsTable());
        getChildren().addAll(heading, SinglePerceptronPane.explanation("train.explain"), controls, status, body, stuck);
        shown.addListener((o, a, s) -> show(s));
        show(null);
    }

    void start() {
        trainer.start((long) seed.value());
        frames.start();
    }

    void stop() {
        trainer.stop();
        frames.stop();
        shown.set(trainer.latest());
    }

    void resetToLecture() {
        frames.stop();
        trainer.clear();
        seed.setValue(XorTraining.LECTURE_SEED);
        shown.set(null);
    }

    private GridPane outputsTable() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("perceptron-table");
        grid.setHgap(14);
        grid.setVgap(4);
        String[] keys = {null, "train.output", "train.rounded", "train.lecture"};
        for (int c = 0; c < keys.length; c++) {
            Label h = new Label("x\u2081 x\u2082");
            if (keys[c] != null) {
                h.textProperty().bind(I18n.get().bind("curPerceptron." + keys[c]));
            }
            h.getStyleClass().add("table-head");
            h.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(h, c, 0);
        }
        for (int r = 0; r < 4; r++) {
            grid.add(new Label((int) XorTraining.INPUTS[r][0] + "  " + (int) XorTraining.INPUTS[r][1]), 0, r + 1);
            outputs[r] = new Label();
            outputs[r].setId("xor-out-" + r);
            rounded[r] = new Label();
            rounded[r].setId("xor-round-" + r);
            rounded[r].getStyleClass().add("lecture-number");
            grid.add(outputs[r], 1, r + 1);
            grid.add(rounded[r], 2, r + 1);
            grid.add(new Label(NumberText.fixed(LECTURE_OUTPUTS[r], 4)), 3, r + 1);
        }
        return grid;
    }

    private void show(XorTrainer.Snapshot s) {
        for (int r = 0; r < 4; r++) {
            outputs[r].setText(s == null ? "\u2013" : NumberText.fixed(s.predictions()[r], 4));
            rounded[r].setText(s == null ? "\u2013" : Long.toString(Math.round(s.predictions()[r])));
        }
        progress.setProgress(s == null ? 0 : (double) s.epoch() / XorTraining.LECTURE_EPOCHS);
        status.textProperty().unbind();
        if (s == null) {
            status.textProperty().bind(I18n.get().bind("curPerceptron.train.idle"));
        } else {
            status.textProperty().bind(I18n.get().bind("curPerceptron.train.status", String.format(java.util.Locale.ROOT, "%,d", s.epoch()),
                    String.format(java.util.Locale.ROOT, "%.2e", s.loss()), Long.toString(s.seed())));
        }
        stuck.setVisible(s != null && s.stuck());
        curve.redraw();
    }

    private void paintCurve(XyPlot.Pen pen) {
        XorTrainer.Snapshot s = shown.get();
        if (s == null) {
            return;
        }
        double[] loss = s.lossCurve();
        double[] xs = new double[loss.length];
        double[] ys = new double[loss.length];
        for (int i = 0; i < loss.length; i++) {
            xs[i] = i * XorTrainer.CURVE_STEP;
            ys[i] = Math.log10(Math.max(loss[i], 1e-6));
        }
        pen.polyline(xs, ys, Color.web("#0969da"), 2);
    }

    void onHide() {
        stop();
    }
}
