package org.neurallab.lab.curriculum.gradient;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.engine.GradientCheck;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.lab.curriculum.ui.TwoColumns;
import org.neurallab.ui.chart.XyPlot;

/**
 * The gradient of f(x0, x1) = x0² + x1² everywhere: arrows of minus the gradient (downhill) over the
 * circles of equal f, the numerical gradient at the lecture's three points, and at any clicked point.
 */
final class GradientFieldPane extends Section {
    /** The points whose gradients the lecture's textbook lists: (3, 4), (0, 2), (3, 0). */
    static final double[][] EXAMPLES = {{3, 4}, {0, 2}, {3, 0}};
    private static final double ARROW_SCALE = 0.035;

    private final Label[] examples = new Label[EXAMPLES.length];
    private final Label probe = number("grad-probe");
    private final TopicPlot plot;
    private double[] probed = EXAMPLES[0].clone();

    GradientFieldPane(CurriculumContext context) {
        super("curGradient.field.heading", "curGradient.field.text");
        VBox numbers = new VBox(6);
        numbers.getChildren().add(caption("curGradient.field.examples"));
        for (int i = 0; i < EXAMPLES.length; i++) {
            examples[i] = number("grad-example-" + i);
            numbers.getChildren().add(examples[i]);
        }
        probe.setWrapText(true);
        probe.setMinWidth(0);
        probe.setMinHeight(Region.USE_PREF_SIZE);
        numbers.getChildren().addAll(probe, paragraph("curGradient.field.click"));
        plot = new TopicPlot(context, "curGradient.axis.x0", "curGradient.axis.x1");
        plot.setWindow(-5, 5, -5, 5, true);
        plot.setPainter(this::paint);
        plot.setOnMouseClicked(e -> {
            Point2D p = plot.toWorld(e.getX(), e.getY());
            if (p != null) {
                // a tenth is fine enough to read and keeps the shown point short
                probed = new double[] {Math.rint(p.getX() * 10) / 10, Math.rint(p.getY() * 10) / 10};
                refresh();
            }
        });
        add(new TwoColumns(numbers, plot, context.fontSize()));
        I18n.get().onChange(this, () -> refresh());
        refresh();
    }

    void resetToLecture() {
        probed = EXAMPLES[0].clone();
        refresh();
    }

    /** Clicks land on the canvas; tests call this with the world point a click would give. */
    void probe(double x0, double x1) {
        probed = new double[] {x0, x1};
        refresh();
    }

    private void refresh() {
        for (int i = 0; i < EXAMPLES.length; i++) {
            double[] g = NumericalGradient.of(NumericalGradient::sumOfSquares, EXAMPLES[i].clone(),
                    NumericalDerivative.LECTURE_H);
            examples[i].setText(point(EXAMPLES[i]) + " → " + plain(g));
        }
        double[] g = NumericalGradient.of(NumericalGradient::sumOfSquares, probed.clone(), NumericalDerivative.LECTURE_H);
        double worst = Math.max(GradientCheck.relativeError(2 * probed[0], g[0]),
                GradientCheck.relativeError(2 * probed[1], g[1]));
        probe.setText(I18n.get().text("curGradient.field.probe", point(probed), plain(g),
                point(new double[] {2 * probed[0], 2 * probed[1]}), String.format(Locale.ROOT, "%.1e", worst)));
        plot.redraw();
    }

    private void paint(XyPlot.Pen pen) {
        for (int r = 1; r <= 7; r++) {
            circle(pen, r);
        }
        double[] x = new double[2];
        for (double a = -6; a <= 6; a += 0.75) {
            for (double b = -6; b <= 6; b += 0.75) {
                x[0] = a;
                x[1] = b;
                double[] g = NumericalGradient.of(NumericalGradient::sumOfSquares, x, NumericalDerivative.LECTURE_H);
                pen.arrow(a, b, a - ARROW_SCALE * g[0], b - ARROW_SCALE * g[1], TopicPlot.POINTS, 1.3,
                        Math.min(8, pen.fontSize() * 0.45));
            }
        }
        double[] g = NumericalGradient.of(NumericalGradient::sumOfSquares, probed.clone(), NumericalDerivative.LECTURE_H);
        double k = 0.15;
        pen.arrow(probed[0], probed[1], probed[0] + k * g[0], probed[1] + k * g[1], TopicPlot.LINE, 2.5, pen.fontSize() * 0.8);
        pen.dot(probed[0], probed[1], pen.fontSize() * 0.35, TopicPlot.LINE);
    }

    static void circle(XyPlot.Pen pen, double r) {
        int n = 96;
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            xs[i] = r * Math.cos(2 * Math.PI * i / n);
            ys[i] = r * Math.sin(2 * Math.PI * i / n);
        }
        pen.polyline(xs, ys, pen.ink().deriveColor(0, 1, 1, 0.3), 1);
    }

    private static String point(double[] p) {
        return "(" + trim(p[0]) + ", " + trim(p[1]) + ")";
    }

    /** Every digit the float64 result has, as Python prints it. */
    private static String plain(double[] g) {
        return "[" + trim(g[0]) + ", " + trim(g[1]) + "]";
    }

    private static String trim(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }
}
