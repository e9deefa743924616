package org.neurallab.lab.curriculum.gradient;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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
 * Numerical differentiation: the central difference at the chosen x and h next to the exact slope, the
 * forward difference and float32 for comparison, what h = 1e-50 does, and the error for every h on a
 * log-log plot, which falls with h until rounding takes over and it rises again.
 */
final class DerivativePane extends Section {
    static final double LECTURE_X = 1;
    private static final double FLOOR = -18;

    private final ToggleGroup functions = new ToggleGroup();
    private final NumberField x = new NumberField(LECTURE_X, -10, 10, false);
    private final NumberField h = new NumberField(NumericalDerivative.LECTURE_H, 1e-300, 1, false);
    private final Label central = number("grad-central");
    private final Label exact = number("grad-exact");
    private final Label forward = number("grad-forward");
    private final Label float32 = number("grad-float32");
    private final Label tiny = number("grad-tiny");
    private final Label best = number("grad-best");
    private final TopicPlot plot;
    private ErrorSweep sweep;

    DerivativePane(CurriculumContext context) {
        super("curGradient.diff.heading", "curGradient.diff.text");
        FlowPane controls = new FlowPane(14, 8);
        for (LectureFunction f : LectureFunction.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("grad-fn-" + f.name().toLowerCase(Locale.ROOT));
            b.textProperty().bind(I18n.get().bind(f.nameKey()));
            b.setUserData(f);
            b.setToggleGroup(functions);
            controls.getChildren().add(b);
        }
        functions.selectToggle(functions.getToggles().get(0));
        functions.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                refresh();
            }
        });
        x.setId("grad-x");
        h.setId("grad-h");
        x.prefWidthProperty().bind(context.fontSize().multiply(9));
        h.prefWidthProperty().bind(context.fontSize().multiply(9));
        x.valueProperty().addListener((o, a, b) -> refresh());
        h.valueProperty().addListener((o, a, b) -> refresh());
        HBox xBox = new HBox(6, caption("curGradient.diff.x"), x);
        HBox hBox = new HBox(6, caption("curGradient.diff.h"), h);
        xBox.setAlignment(Pos.BASELINE_LEFT);
        hBox.setAlignment(Pos.BASELINE_LEFT);
        controls.getChildren().addAll(xBox, hBox);
        controls.setAlignment(Pos.CENTER_LEFT);

        for (Label l : new Label[] {central, exact, forward, float32, tiny, best}) {
            l.setWrapText(true);
            l.setMinWidth(0);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox numbers = new VBox(6, exact, central, forward, float32, tiny, best, paragraph("curGradient.diff.why"));
        plot = new TopicPlot(context, "curGradient.axis.logH", "curGradient.axis.logError");
        plot.setWindow(-20, 0, FLOOR, 1, false);
        plot.setPainter(this::paint);
        add(controls, new TwoColumns(numbers, plot, context.fontSize()));
        I18n.get().onChange(this, () -> refresh());
        refresh();
    }

    void resetToLecture() {
        functions.selectToggle(functions.getToggles().get(0));
        x.setValue(LECTURE_X);
        h.setValue(NumericalDerivative.LECTURE_H);
        refresh();
    }

    private LectureFunction function() {
        return (LectureFunction) functions.getSelectedToggle().getUserData();
    }

    private void refresh() {
        LectureFunction f = function();
        double at = x.value();
        double step = h.value();
        double slope = f.slope(at);
        I18n i18n = I18n.get();
        exact.setText(i18n.text("curGradient.diff.exact", full(slope)));
        double c = NumericalDerivative.central(f, at, step);
        central.setText(i18n.text("curGradient.diff.central", full(c), err(c - slope)));
        double fw = NumericalDerivative.forward(f, at, step);
        forward.setText(i18n.text("curGradient.diff.forward", full(fw), err(fw - slope)));
        double f32 = NumericalDerivative.centralFloat32(f, at, step);
        float32.setText(Double.isNaN(f32) ? i18n.text("curGradient.diff.float32NaN")
                : i18n.text("curGradient.diff.float32", full(f32), err(f32 - slope)));
        tiny.setText(i18n.text("curGradient.diff.tiny", full(NumericalDerivative.central(f, at, NumericalDerivative.TINY_H)),
                String.valueOf(NumericalDerivative.centralFloat32(f, at, NumericalDerivative.TINY_H))));
        sweep = ErrorSweep.of(f, at);
        best.setText(i18n.text("curGradient.diff.best", String.format(Locale.ROOT, "%.1e", sweep.bestCentralH())));
        plot.redraw();
    }

    private void paint(XyPlot.Pen pen) {
        if (sweep == null) {
            return;
        }
        double[] xs = sweep.log10H();
        curve(pen, xs, sweep.forward(), TopicPlot.POINTS);
        curve(pen, xs, sweep.central32(), TopicPlot.SECOND);
        curve(pen, xs, sweep.central(), TopicPlot.LINE);
        double e = Math.log10(h.value());
        if (e >= -20 && e <= 0) {
            pen.line(e, FLOOR, e, 1, pen.ink().deriveColor(0, 1, 1, 0.6), 1.5);
        }
        double fs = pen.fontSize();
        // the legend sits bottom left, where no curve goes (tiny h: the errors are large there)
        double bottom = pen.yMin();
        I18n i18n = I18n.get();
        pen.text(i18n.text("curGradient.legend.central"), -19.6, bottom, 0, -fs * 3.6, TopicPlot.LINE);
        pen.text(i18n.text("curGradient.legend.forward"), -19.6, bottom, 0, -fs * 2.3, TopicPlot.POINTS);
        pen.text(i18n.text("curGradient.legend.float32"), -19.6, bottom, 0, -fs * 1.0, TopicPlot.SECOND);
    }

    /** log10 of the errors; an error of exactly 0 sits on the floor, NaN breaks the line. */
    private static void curve(XyPlot.Pen pen, double[] xs, double[] errors, Color colour) {
        double[] ys = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            ys[i] = Double.isNaN(errors[i]) ? Double.NaN : Math.max(FLOOR, Math.log10(Math.max(errors[i], 1e-300)));
        }
        pen.polyline(xs, ys, colour, 2.2);
    }

    private static String full(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.15g", v).replaceAll("(\\.\\d*?)0+$", "$1")
                .replaceAll("\\.$", ".0");
    }

    private static String err(double v) {
        return String.format(Locale.ROOT, "%.1e", Math.abs(v));
    }
}
