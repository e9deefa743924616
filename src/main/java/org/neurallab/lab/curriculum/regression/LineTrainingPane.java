package org.neurallab.lab.curriculum.regression;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.lab.curriculum.ui.TwoColumns;

/**
 * Lecture 000 live: one neuron learns Y = 3X + 1 from six points. Play animates the epochs (the fitted line
 * turns towards the points while the loss falls), Step trains one epoch, and the epochs field sets how long
 * {@code model.fit} runs. The page opens on the finished 500-epoch run so the lecture's number is shown.
 */
final class LineTrainingPane extends Section {
    /** About three seconds for the whole run, whatever the number of epochs. */
    private static final int FRAMES_PER_RUN = 200;

    private final LineTraining training = new LineTraining();
    private final TopicPlot fitPlot;
    private final TopicPlot lossPlot;
    private final ToggleButton play = new ToggleButton();
    private final NumberField epochs = new NumberField(LineTraining.LECTURE_EPOCHS, 1, 5000, true);
    private final Label progress = number("reg-epoch");
    private final Label weights = number("reg-weights");
    private final Label prediction = number("reg-predict10");
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            training.step(Math.max(1, training.targetEpochs() / FRAMES_PER_RUN));
            if (training.finished()) {
                play.setSelected(false);
            }
            refresh();
        }
    };

    LineTrainingPane(CurriculumContext context) {
        super("curRegression.line.heading", "curRegression.line.text");
        I18n i18n = I18n.get();
        play.setId("reg-play");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(play.selectedProperty())
                .then(i18n.bind("curRegression.pause")).otherwise(i18n.bind("curRegression.play")));
        play.graphicProperty().bind(javafx.beans.binding.Bindings.when(play.selectedProperty())
                .then((javafx.scene.Node) new FontIcon(MaterialDesignP.PAUSE))
                .otherwise(new FontIcon(MaterialDesignP.PLAY)));
        play.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                if (training.finished()) {
                    training.restart((int) epochs.value());
                }
                timer.start();
            } else {
                timer.stop();
            }
        });
        Button step = new Button();
        step.setId("reg-step");
        step.textProperty().bind(i18n.bind("curRegression.step"));
        step.setGraphic(new FontIcon(MaterialDesignS.STEP_FORWARD));
        step.setOnAction(e -> {
            play.setSelected(false);
            if (training.finished()) {
                training.restart((int) epochs.value());
            }
            training.step(1);
            refresh();
        });
        Button restart = new Button();
        restart.setId("reg-restart");
        restart.textProperty().bind(i18n.bind("curRegression.restart"));
        restart.setGraphic(new FontIcon(MaterialDesignR.RESTART));
        restart.setOnAction(e -> {
            play.setSelected(false);
            training.restart((int) epochs.value());
            refresh();
        });
        epochs.setId("reg-epochs");
        epochs.prefWidthProperty().bind(context.fontSize().multiply(9));
        epochs.valueProperty().addListener((o, a, b) -> {
            training.setTargetEpochs(b.intValue());
            if (!play.isSelected()) {
                training.finish();
            }
            refresh();
        });
        HBox epochsBox = new HBox(6, caption("curRegression.epochs"), epochs);
        epochsBox.setAlignment(Pos.BASELINE_LEFT);
        FlowPane controls = new FlowPane(10, 8, play, step, restart, epochsBox);
        controls.setAlignment(Pos.CENTER_LEFT);

        fitPlot = new TopicPlot(context, "curRegression.axis.x", "curRegression.axis.y");
        fitPlot.setWindow(-2, 11, -5, 35, false);
        fitPlot.setPainter(this::paintFit);
        lossPlot = new TopicPlot(context, "curRegression.axis.epoch", "curRegression.axis.logLoss");
        lossPlot.setPainter(this::paintLoss);
        TwoColumns plots = new TwoColumns(fitPlot, lossPlot, context.fontSize());

        FlowPane readouts = new FlowPane(24, 6, progress, weights, prediction);
        add(controls, plots, readouts, paragraph("curRegression.line.why"));
        training.finish();
        refresh();
        I18n.get().onChange(this, () -> refresh());
    }

    void resetToLecture() {
        play.setSelected(false);
        epochs.setValue(LineTraining.LECTURE_EPOCHS);
        training.restart(LineTraining.LECTURE_EPOCHS);
        training.finish();
        refresh();
    }

    void stop() {
        play.setSelected(false);
    }

    private void refresh() {
        I18n i18n = I18n.get();
        progress.setText(i18n.text("curRegression.line.progress", training.done(), training.targetEpochs(),
                format("%.3g", training.currentLoss())));
        weights.setText(i18n.text("curRegression.line.weights", format("%.5f", training.weight()),
                format("%.5f", training.bias())));
        prediction.setText(i18n.text("curRegression.line.predict", format("%.5f", training.predict(10))));
        // log scale: the loss keeps shrinking by factors long after a linear curve looks flat
        double lowest = -6;
        for (double loss : training.losses()) {
            lowest = Math.min(lowest, Math.floor(Math.log10(Math.max(loss, 1e-12))));
        }
        lossPlot.setWindow(0, training.targetEpochs(), lowest, 3, false);
        fitPlot.redraw();
        lossPlot.redraw();
    }

    private void paintFit(org.neurallab.ui.chart.XyPlot.Pen pen) {
        pen.function(x -> 3 * x + 1, pen.ink().deriveColor(0, 1, 1, 0.25), 6);
        double w = training.weight();
        double b = training.bias();
        pen.function(x -> w * x + b, TopicPlot.LINE, 2.5);
        RegressionData data = training.data();
        for (int i = 0; i < data.size(); i++) {
            pen.dot(data.x(i), data.y(i), pen.fontSize() * 0.4, TopicPlot.POINTS);
        }
        double p = training.predict(10);
        pen.dot(10, p, pen.fontSize() * 0.45, TopicPlot.LINE);
        pen.text(format("%.3f", p), 10, p, -pen.fontSize() * 4.2, -pen.fontSize() * 0.9, pen.ink());
    }

    private void paintLoss(org.neurallab.ui.chart.XyPlot.Pen pen) {
        double[] losses = training.losses();
        double[] xs = new double[losses.length];
        double[] ys = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            xs[i] = i + 1;
            ys[i] = Math.log10(Math.max(losses[i], 1e-12));
        }
        pen.polyline(xs, ys, TopicPlot.DANGER, 2);
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    /** For tests: the run behind the page. */
    LineTraining training() {
        return training;
    }
}
