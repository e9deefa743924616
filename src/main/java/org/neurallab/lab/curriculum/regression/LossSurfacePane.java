package org.neurallab.lab.curriculum.regression;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Section;
import org.neurallab.lab.curriculum.ui.TopicPlot;
import org.neurallab.ui.chart.XyPlot;

/**
 * The loss over every line (w, b) as a heat map with contour lines, and the path gradient descent takes
 * on it. The learning-rate slider is logarithmic; past the data's stability limit each step overshoots
 * further, the path flies off and the result says "diverged". Clicking the map moves the start point.
 */
final class LossSurfacePane extends Section {
    private static final int GRID = 70;
    private static final Color[] PALETTE = {Color.web("#0d1b4c"), Color.web("#1f6f8b"), Color.web("#3fb68b"),
        Color.web("#fde725")};

    private final TopicPlot plot;
    private final ToggleGroup dataChoice = new ToggleGroup();
    private final Slider rateSlider = new Slider(-6, 0, -2);
    private final NumberField rate = new NumberField(SingleNeuron.KERAS_SGD_RATE, 1e-7, 1, false);
    private final NumberField steps = new NumberField(500, 1, 5000, true);
    private final Label result = number("surface-result");
    private final Label limit = number("surface-limit");
    private SurfaceSetup setup;
    private double startW;
    private double startB;
    private double minLoss;
    private double maxLoss;
    private List<double[]>[] contours;
    private DescentPath path;
    private boolean syncing;

    LossSurfacePane(CurriculumContext context) {
        super("curRegression.surface.heading", "curRegression.surface.text");
        // the toggles go straight into the wrapping row below, so at presenter scale they wrap one by one
        List<ToggleButton> choices = new java.util.ArrayList<>();
        for (RegressionData d : List.of(RegressionData.LINE_3X_PLUS_1, RegressionData.HEIGHT_WEIGHT, RegressionData.LAB)) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(I18n.get().bind(d.nameKey()));
            b.setId("surface-" + d.nameKey().substring(d.nameKey().lastIndexOf('.') + 1));
            b.setUserData(d);
            b.setToggleGroup(dataChoice);
            choices.add(b);
        }
        dataChoice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            choose(SurfaceSetup.of((RegressionData) now.getUserData()));
        });

        rateSlider.setId("surface-rate-slider");
        rate.setId("surface-rate");
        steps.setId("surface-steps");
        rate.prefWidthProperty().bind(context.fontSize().multiply(9));
        steps.prefWidthProperty().bind(context.fontSize().multiply(9));
        rateSlider.prefWidthProperty().bind(context.fontSize().multiply(12));
        rateSlider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                rate.setValue(roundRate(Math.pow(10, b.doubleValue())));
                syncing = false;
                recompute();
            }
        });
        rate.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                rateSlider.setValue(Math.log10(b.doubleValue()));
                syncing = false;
                recompute();
            }
        });
        steps.valueProperty().addListener((o, a, b) -> recompute());
        HBox rateBox = new HBox(6, caption("curRegression.surface.rate"), rate);
        rateBox.setAlignment(Pos.BASELINE_LEFT);
        HBox stepsBox = new HBox(6, caption("curRegression.surface.steps"), steps);
        stepsBox.setAlignment(Pos.BASELINE_LEFT);
        FlowPane controls = new FlowPane(14, 8);
        controls.getChildren().addAll(choices);
        controls.getChildren().addAll(rateBox, rateSlider, stepsBox);
        controls.setAlignment(Pos.CENTER_LEFT);

        plot = new TopicPlot(context, "curRegression.axis.w", "curRegression.axis.b");
        plot.prefHeightProperty().bind(context.fontSize().multiply(28));
        plot.setPainter(this::paint);
        plot.setOnMouseClicked(e -> {
            Point2D p = plot.toWorld(e.getX(), e.getY());
            if (p != null) {
                startW = p.getX();
                startB = p.getY();
                recompute();
            }
        });
        for (Label sentence : List.of(result, limit)) {
            sentence.setWrapText(true);
            sentence.setMinWidth(0);
            sentence.setMinHeight(Region.USE_PREF_SIZE);
        }
        add(controls, plot, result, limit, paragraph("curRegression.surface.hint"));
        I18n.get().onChange(this, () -> showResult());
        dataChoice.selectToggle(dataChoice.getToggles().get(0));
    }

    void resetToLecture() {
        if (dataChoice.getSelectedToggle() == dataChoice.getToggles().get(0)) {
            choose(SurfaceSetup.of(RegressionData.LINE_3X_PLUS_1));
        } else {
            dataChoice.selectToggle(dataChoice.getToggles().get(0));
        }
    }

    /** Switches data set: its window, start point, a rate and step count that converge. */
    private void choose(SurfaceSetup s) {
        setup = s;
        startW = s.startW();
        startB = s.startB();
        sampleSurface();
        syncing = true;
        rate.setValue(s.learningRate());
        rateSlider.setValue(Math.log10(s.learningRate()));
        steps.setValue(s.steps());
        syncing = false;
        plot.setWindow(s.wMin(), s.wMax(), s.bMin(), s.bMax(), false);
        recompute();
    }

    @SuppressWarnings("unchecked")
    private void sampleSurface() {
        RegressionData data = setup.data();
        double[][] grid = new double[GRID][GRID];
        maxLoss = 0;
        for (int r = 0; r < GRID; r++) {
            double b = setup.bMin() + (setup.bMax() - setup.bMin()) * r / (GRID - 1);
            for (int c = 0; c < GRID; c++) {
                double w = setup.wMin() + (setup.wMax() - setup.wMin()) * c / (GRID - 1);
                grid[r][c] = data.meanSquaredError(w, b);
                maxLoss = Math.max(maxLoss, grid[r][c]);
            }
        }
        LeastSquares.Fit best = LeastSquares.fit(data);
        minLoss = data.meanSquaredError(best.slope(), best.intercept());
        // levels closer and closer to the bottom: a bowl's rings shrink by the same factor each time
        contours = new List[12];
        for (int k = 0; k < contours.length; k++) {
            double level = minLoss + (maxLoss - minLoss) * Math.pow(0.5, k + 1);
            contours[k] = ContourLines.segments(grid, setup.wMin(), setup.wMax(), setup.bMin(), setup.bMax(), level);
        }
    }

    private void recompute() {
        if (setup == null) {
            return;
        }
        path = DescentPath.run(setup.data(), startW, startB, rate.value(), (int) steps.value());
        showResult();
        plot.redraw();
    }

    private void showResult() {
        if (path == null) {
            return;
        }
        I18n i18n = I18n.get();
        result.getStyleClass().removeAll("danger", "success");
        if (path.diverged()) {
            result.setText(i18n.text("curRegression.surface.diverged", path.length() - 1));
            result.getStyleClass().add("danger");
        } else {
            result.setText(i18n.text("curRegression.surface.result", path.length() - 1, fmt(path.lastW()),
                    fmt(path.lastB()), String.format(Locale.ROOT, "%.3g", path.lastLoss())));
        }
        limit.setText(i18n.text("curRegression.surface.limit", String.format(Locale.ROOT, "%.3g", DescentPath.largestStableRate(setup.data()))));
    }

    private void paint(XyPlot.Pen pen) {
        if (setup == null) {
            return;
        }
        RegressionData data = setup.data();
        double span = Math.log1p(1000);
        pen.field((w, b) -> Math.log1p(1000 * (data.meanSquaredError(w, b) - minLoss) / (maxLoss - minLoss)) / span,
                t -> colour(Math.min(1, Math.max(0, t))), 4);
        Color line = Color.rgb(255, 255, 255, 0.45);
        for (List<double[]> level : contours) {
            for (double[] s : level) {
                pen.line(s[0], s[1], s[2], s[3], line, 1);
            }
        }
        LeastSquares.Fit best = LeastSquares.fit(data);
        pen.dot(best.slope(), best.intercept(), pen.fontSize() * 0.35, Color.WHITE);
        if (path != null) {
            double[] ws = clampAll(path.ws(), setup.wMin(), setup.wMax());
            double[] bs = clampAll(path.bs(), setup.bMin(), setup.bMax());
            Color colour = path.diverged() ? TopicPlot.DANGER : TopicPlot.LINE;
            pen.polyline(ws, bs, Color.rgb(0, 0, 0, 0.5), 4);
            pen.polyline(ws, bs, colour, 2);
            int every = Math.max(1, ws.length / 40);
            for (int i = 0; i < ws.length; i += every) {
                pen.dot(ws[i], bs[i], pen.fontSize() * 0.18, colour);
            }
            pen.dot(ws[0], bs[0], pen.fontSize() * 0.4, Color.WHITE);
            pen.dot(ws[ws.length - 1], bs[bs.length - 1], pen.fontSize() * 0.35, colour);
        }
    }

    /** Keeps far-away points of a diverging path a little outside the window, so the canvas stays sane. */
    private static double[] clampAll(double[] values, double min, double max) {
        double margin = 5 * (max - min);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(min - margin, Math.min(max + margin, values[i]));
        }
        return values;
    }

    private static Color colour(double t) {
        double scaled = t * (PALETTE.length - 1);
        int i = Math.min(PALETTE.length - 2, (int) scaled);
        return PALETTE[i].interpolate(PALETTE[i + 1], scaled - i);
    }

    /** Slider positions as a readable rate: two significant digits. */
    private static double roundRate(double r) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2g", r));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, Math.abs(v) < 1e-3 && v != 0 ? "%.3g" : "%.4f", v);
    }
}
