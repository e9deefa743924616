package org.neurallab.lab.curriculum.gradient;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.lab.curriculum.ui.TwoColumns;
import org.neurallab.ui.chart.XyPlot;

/**
 * Lecture 002's gradient descent on f(x0, x1) = x0² + x1² from (-3, 4): the path over the circles of equal
 * f, the end point as NumPy prints it, and a learning rate to try. Presets show the three classic cases:
 * 0.1 reaches the minimum, 10 overshoots and explodes, 1e-10 hardly moves.
 */
final class DescentPane extends Section {
    static final double START_X0 = -3;
    static final double START_X1 = 4;
    /** The rate of the worked example on the page (the lecture's function defaults to 0.01). */
    static final double EXAMPLE_RATE = 0.1;

    private final NumberField x0 = new NumberField(START_X0, -10, 10, false);
    private final NumberField x1 = new NumberField(START_X1, -10, 10, false);
    private final NumberField rate = new NumberField(EXAMPLE_RATE, 1e-12, 100, false);
    private final Slider rateSlider = new Slider(-12, 2, Math.log10(EXAMPLE_RATE));
    private final NumberField steps = new NumberField(GradientDescent.LECTURE_STEPS, 1, 1000, true);
    private final Label result = number("gd-result");
    private final Label verdict = number("gd-verdict");
    private final TopicPlot plot;
    private GradientDescent run;
    private boolean syncing;

    DescentPane(CurriculumContext context) {
        super("curGradient.descent.heading", "curGradient.descent.text");
        x0.setId("gd-x0");
        x1.setId("gd-x1");
        rate.setId("gd-rate");
        rateSlider.setId("gd-rate-slider");
        steps.setId("gd-steps");
        for (NumberField f : new NumberField[] {x0, x1, rate, steps}) {
            f.prefWidthProperty().bind(context.fontSize().multiply(8));
            f.valueProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    recompute();
                }
            });
        }
        rateSlider.prefWidthProperty().bind(context.fontSize().multiply(12));
        rateSlider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                setRate(Double.parseDouble(String.format(Locale.ROOT, "%.2g", Math.pow(10, b.doubleValue()))));
            }
        });
        rate.valueProperty().addListener((o, a, b) -> {
            syncing = true;
            rateSlider.setValue(Math.log10(b.doubleValue()));
            syncing = false;
        });
        FlowPane controls = new FlowPane(14, 8,
                box(caption("curGradient.descent.start"), x0, x1),
                box(caption("curGradient.descent.rate"), rate), rateSlider,
                box(caption("curGradient.descent.steps"), steps));
        controls.setAlignment(Pos.CENTER_LEFT);
        FlowPane presets = new FlowPane(8, 6, caption("curGradient.descent.try"),
                preset("gd-lr-good", 0.1), preset("gd-lr-large", 10), preset("gd-lr-small", 1e-10),
                preset("gd-lr-lecture", GradientDescent.LECTURE_RATE));
        presets.setAlignment(Pos.CENTER_LEFT);
        for (Label l : new Label[] {result, verdict}) {
            l.setWrapText(true);
            l.setMinWidth(0);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox numbers = new VBox(8, result, verdict, paragraph("curGradient.descent.why"));
        plot = new TopicPlot(context, "curGradient.axis.x0", "curGradient.axis.x1");
        plot.setWindow(-5, 5, -5, 5, true);
        plot.setPainter(this::paint);
        add(controls, presets, new TwoColumns(numbers, plot, context.fontSize()));
        I18n.get().onChange(this, () -> showResult());
        recompute();
    }

    void resetToLecture() {
        syncing = true;
        x0.setValue(START_X0);
        x1.setValue(START_X1);
        steps.setValue(GradientDescent.LECTURE_STEPS);
        syncing = false;
        setRate(EXAMPLE_RATE);
        recompute();
    }

    private void setRate(double r) {
        rate.setValue(r);
        recompute();
    }

    private Button preset(String id, double r) {
        String text = r == Math.rint(r) ? String.valueOf((long) r)
                : r >= 0.01 ? String.valueOf(r) : String.format(Locale.ROOT, "%.0e", r);
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> setRate(r));
        return b;
    }

    private static HBox box(javafx.scene.Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void recompute() {
        run = GradientDescent.run(NumericalGradient::sumOfSquares, new double[] {x0.value(), x1.value()},
                rate.value(), (int) steps.value());
        showResult();
        plot.redraw();
    }

    private void showResult() {
        if (run == null) {
            return;
        }
        I18n i18n = I18n.get();
        double[] end = run.last();
        result.setText(i18n.text("curGradient.descent.result", run.length() - 1, NumpyStyle.array(end)));
        verdict.getStyleClass().removeAll("danger");
        double moved = Math.hypot(end[0] - x0.value(), end[1] - x1.value());
        if (run.diverged()) {
            verdict.setText(i18n.text("curGradient.descent.diverged"));
            verdict.getStyleClass().add("danger");
        } else if (moved < 1e-3) {
            verdict.setText(i18n.text("curGradient.descent.stuck"));
        } else {
            verdict.setText(i18n.text("curGradient.descent.converged",
                    String.format(Locale.ROOT, "%.3g", NumericalGradient.sumOfSquares(end))));
        }
    }

    private void paint(XyPlot.Pen pen) {
        for (int r = 1; r <= 7; r++) {
            GradientFieldPane.circle(pen, r);
        }
        if (run == null) {
            return;
        }
        // keep runaway points a little outside the view: the line still leaves the picture, nothing overflows
        double[] xs = clamp(run.coordinate(0));
        double[] ys = clamp(run.coordinate(1));
        Color colour = run.diverged() ? TopicPlot.DANGER : TopicPlot.LINE;
        pen.polyline(xs, ys, colour, 2);
        int every = Math.max(1, xs.length / 50);
        for (int i = 0; i < xs.length; i += every) {
            pen.dot(xs[i], ys[i], pen.fontSize() * 0.2, colour);
        }
        pen.dot(xs[0], ys[0], pen.fontSize() * 0.4, Color.WHITE);
        pen.dot(0, 0, pen.fontSize() * 0.25, pen.ink());
    }

    private static double[] clamp(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(-50, Math.min(50, v[i]));
        }
        return v;
    }
}
