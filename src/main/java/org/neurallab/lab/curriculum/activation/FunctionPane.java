package org.neurallab.lab.curriculum.activation;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.engine.Engine;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.NumberText;
import org.neurallab.ui.chart.XyPlot;

/**
 * One activation function at a time: f and f' plotted from the engine, the parameter of the function on a
 * slider, and the values at a chosen z (slider or typed) marked on both curves.
 */
final class FunctionPane extends VBox {
    static final Color F = Color.web("#0969da");
    static final Color DF = Color.web("#d4700a");
    private static final double Z_MIN = -4;
    private static final double Z_MAX = 4;
    private static final int SAMPLES = 321;

    private final ObjectProperty<ActivationKind> kind = new SimpleObjectProperty<>(ActivationKind.SIGMOID);
    private final ToggleGroup kinds = new ToggleGroup();
    private final Slider leaky = new Slider(0, 0.5, ActivationSettings.DEFAULTS.leakySlope());
    private final Slider alpha = new Slider(0.1, 3, ActivationSettings.DEFAULTS.eluAlpha());
    private final Slider pieces = new Slider(1, Maxout.MAX_PIECES, ActivationSettings.DEFAULTS.maxoutPieces());
    private final Slider zSlider = new Slider(Z_MIN, Z_MAX, 1);
    private final NumberField zField = new NumberField(1, Z_MIN, Z_MAX, false);
    private final Label fAt = new Label();
    private final Label dfAt = new Label();
    private final XyPlot plot = new XyPlot();
    private ActivationCurves.Curve curve;

    FunctionPane(CurriculumContext context) {
        getStyleClass().add("activation-section");
        setSpacing(8);
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curActivation.functions.heading"));
        heading.getStyleClass().add("title-4");

        FlowPane buttons = new FlowPane(6, 6);
        for (ActivationKind k : ActivationKind.values()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(I18n.get().bind("curActivation.name." + k.key()));
            b.setId("act-" + k.key());
            b.setUserData(k);
            b.setToggleGroup(kinds);
            buttons.getChildren().add(b);
        }
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            kind.set((ActivationKind) now.getUserData());
        });
        select(ActivationKind.SIGMOID);

        leaky.setId("act-leaky-slope");
        alpha.setId("act-elu-alpha");
        pieces.setId("act-maxout-pieces");
        pieces.setMajorTickUnit(1);
        pieces.setMinorTickCount(0);
        pieces.setSnapToTicks(true);
        pieces.setShowTickMarks(true);
        pieces.setShowTickLabels(true);
        pieces.valueProperty().addListener((o, a, v) -> {
            if (v.doubleValue() != Math.rint(v.doubleValue())) {
                pieces.setValue(Math.rint(v.doubleValue())); // whole pieces only, also while dragging
            }
        });
        FlowPane parameters = new FlowPane(16, 6, parameter("param.leaky", leaky, ActivationKind.LEAKY_RELU, 2),
                parameter("param.alpha", alpha, ActivationKind.ELU, 2),
                parameter("param.pieces", pieces, ActivationKind.MAXOUT, 0));

        zField.setId("act-z");
        zSlider.setId("act-z-slider");
        zSlider.setMajorTickUnit(1);
        zSlider.setMinorTickCount(19);
        zSlider.setSnapToTicks(true); // drags land on steps of 0.05, typed values stay as typed
        zSlider.valueProperty().bindBidirectional(zField.valueProperty());
        zSlider.prefWidthProperty().bind(context.fontSize().multiply(14));
        Label zLabel = new Label();
        zLabel.textProperty().bind(I18n.get().bind("curActivation.z"));
        fAt.setId("act-f");
        dfAt.setId("act-df");
        fAt.getStyleClass().addAll("lecture-number", "act-f");
        dfAt.getStyleClass().addAll("lecture-number", "act-df");
        FlowPane zRow = new FlowPane(10, 6, zLabel, zSlider, zField, fAt, dfAt);
        zRow.setAlignment(Pos.TOP_LEFT);
        fAt.setMinWidth(Region.USE_PREF_SIZE);
        dfAt.setMinWidth(Region.USE_PREF_SIZE);

        plot.fontSizeProperty().bind(context.fontSize());
        plot.darkProperty().bind(context.dark());
        plot.prefWidthProperty().bind(context.fontSize().multiply(34));
        plot.prefHeightProperty().bind(context.fontSize().multiply(20));
        plot.setMaxWidth(Region.USE_PREF_SIZE);
        plot.xLabelProperty().set("z");
        plot.setPainter(this::paint);

        Label legend = new Label();
        legend.textProperty().bind(I18n.get().bind("curActivation.legend"));
        legend.getStyleClass().add("text-muted");
        Label explain = new Label();
        explain.textProperty().bind(I18n.get().live(() -> I18n.get().text("curActivation.explain." + kind.get().key()), kind));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add("explanation");
        explain.setId("act-explain");

        getChildren().addAll(heading, ActivationExplain.label("functions.intro"), buttons, parameters, zRow, plot, legend,
                explain);
        kind.addListener((o, a, v) -> refresh());
        leaky.valueProperty().addListener((o, a, v) -> refresh());
        alpha.valueProperty().addListener((o, a, v) -> refresh());
        pieces.valueProperty().addListener((o, a, v) -> refresh());
        zField.valueProperty().addListener((o, a, v) -> showValues());
        refresh();
    }

    void select(ActivationKind k) {
        for (var t : kinds.getToggles()) {
            if (t.getUserData() == k) {
                kinds.selectToggle(t);
            }
        }
    }

    void resetToLecture() {
        select(ActivationKind.SIGMOID);
        leaky.setValue(ActivationSettings.DEFAULTS.leakySlope());
        alpha.setValue(ActivationSettings.DEFAULTS.eluAlpha());
        pieces.setValue(ActivationSettings.DEFAULTS.maxoutPieces());
        zField.setValue(1);
    }

    private VBox parameter(String key, Slider slider, ActivationKind owner, int decimals) {
        Label name = new Label();
        name.textProperty().bind(I18n.get().live(() -> I18n.get().text("curActivation." + key,
                String.format(Locale.ROOT, "%." + decimals + "f", slider.getValue())), slider.valueProperty()));
        name.setMinWidth(Region.USE_PREF_SIZE);
        slider.prefWidthProperty().bind(plot.fontSizeProperty().multiply(14));
        VBox box = new VBox(2, name, slider);
        box.visibleProperty().bind(kind.isEqualTo(owner));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    ActivationSettings settings() {
        return new ActivationSettings(leaky.getValue(), alpha.getValue(), (int) Math.rint(pieces.getValue()));
    }

    /** Recomputes the curves on the engine (a few array operations, well under a millisecond). */
    void refresh() {
        if (!Engine.isReady()) {
            curve = null; // the topic loads the engine in the background and calls refresh again
        } else {
            double[] z = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                z[i] = Z_MIN + (Z_MAX - Z_MIN) * i / (SAMPLES - 1);
            }
            curve = ActivationCurves.compute(kind.get(), settings(), z);
            double lo = -1.2;
            double hi = 1.2;
            for (int i = 0; i < SAMPLES; i++) {
                lo = Math.min(lo, Math.min(curve.f()[i], curve.df()[i]));
                hi = Math.max(hi, Math.max(curve.f()[i], curve.df()[i]));
            }
            double pad = (hi - lo) * 0.08;
            plot.setWindow(Z_MIN, Z_MAX, lo - pad, hi + pad, false);
        }
        showValues();
    }

    private void showValues() {
        if (curve == null) {
            fAt.textProperty().bind(I18n.get().bind("curActivation.loading"));
            dfAt.textProperty().unbind();
            dfAt.setText("");
            plot.redraw();
            return;
        }
        double[] at = ActivationCurves.at(kind.get(), settings(), zField.value());
        String z = NumberText.value(zField.value());
        fAt.textProperty().unbind();
        fAt.setText("f(" + z + ") = " + NumberText.value(round(at[0])));
        dfAt.setText("f\u2032(" + z + ") = " + NumberText.value(round(at[1])));
        plot.redraw();
    }

    /** Six decimals on screen: enough to read, and free of float noise like 0.19661193324148185. */
    private static double round(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }

    private void paint(XyPlot.Pen pen) {
        if (curve == null) {
            return;
        }
        Color ink = pen.ink();
        pen.line(Z_MIN, 0, Z_MAX, 0, ink.deriveColor(0, 1, 1, 0.5), 1);
        pen.line(0, pen.yMin(), 0, pen.yMax(), ink.deriveColor(0, 1, 1, 0.5), 1);
        pen.graphics().setLineDashes(8, 5);
        pen.polyline(curve.z(), curve.df(), DF, 2);
        pen.graphics().setLineDashes((double[]) null);
        pen.polyline(curve.z(), curve.f(), F, 3);
        double z = zField.value();
        double[] at = ActivationCurves.at(kind.get(), settings(), z);
        pen.line(z, pen.yMin(), z, pen.yMax(), ink.deriveColor(0, 1, 1, 0.35), 1);
        pen.dot(z, at[1], pen.fontSize() * 0.4, DF);
        pen.dot(z, at[0], pen.fontSize() * 0.45, F);
    }
}
