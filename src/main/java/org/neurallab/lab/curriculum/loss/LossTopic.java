package org.neurallab.lab.curriculum.loss;

import static org.neurallab.lab.curriculum.ui.Translated.button;
import static org.neurallab.lab.curriculum.ui.Translated.heading;
import static org.neurallab.lab.curriculum.ui.Translated.label;
import static org.neurallab.lab.curriculum.ui.Translated.paragraph;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Lecture 002's loss functions: the sum-of-squares error and the cross-entropy error of a ten-class
 * prediction for a "2", with the prediction editable (bars or fields) and both losses updating live.
 */
public final class LossTopic implements Topic {
    private final double[] y = LossExample.rightPrediction();
    private final NumberField[] fields = new NumberField[LossExample.CLASSES];
    private NumberField target;
    private PredictionBars bars;
    private LossTable table;
    private final Label mse = new Label();
    private final Label meanMse = new Label();
    private final Label ce = new Label();
    private final Label withoutDelta = new Label();
    private final Label sum = new Label();

    @Override
    public String id() {
        return "loss";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.loss";
    }

    @Override
    public Node view(CurriculumContext context) {
        VBox page = new VBox();
        page.getStyleClass().add("cur-loss");
        page.getStylesheets().add(LossTopic.class.getResource("loss.css").toExternalForm());

        target = new NumberField(LossExample.LECTURE_TARGET, 0, LossExample.CLASSES - 1, true);
        target.setId("loss-target");
        target.valueProperty().addListener((o, a, b) -> refresh());
        Button right = button("curLoss.preset.right", "loss-right", () -> load(LossExample.rightPrediction(), LossExample.LECTURE_TARGET));
        Button wrong = button("curLoss.preset.wrong", "loss-wrong", () -> load(LossExample.rightPrediction(), LossExample.LECTURE_WRONG_TARGET));
        FlowPane presets = new FlowPane(right, wrong);
        presets.getStyleClass().add("flow");
        HBox targetRow = new HBox(label("curLoss.target"), target);
        targetRow.getStyleClass().add("row");
        targetRow.setAlignment(Pos.CENTER_LEFT);

        bars = new PredictionBars(() -> y, () -> (int) target.value(), (k, v) -> fields[k].setValue(v));
        bars.fontSizeProperty().bind(context.fontSize());
        bars.darkProperty().bind(context.dark());
        bars.setPrefWidth(10);
        bars.minWidthProperty().bind(context.fontSize().multiply(16));
        bars.prefHeightProperty().bind(context.fontSize().multiply(16));
        bars.setMaxWidth(Double.MAX_VALUE);
        bars.xLabelProperty().bind(I18n.get().bind("curLoss.axis.class"));
        bars.yLabelProperty().bind(I18n.get().bind("curLoss.axis.probability"));

        GridPane inputs = new GridPane();
        inputs.getStyleClass().add("prediction-fields");
        inputs.setMaxWidth(Double.MAX_VALUE);
        for (int k = 0; k < fields.length; k++) {
            int index = k;
            fields[k] = new NumberField(y[k], 0, 1, false);
            fields[k].setId("loss-y-" + k);
            fields[k].textField().setPrefColumnCount(3);
            fields[k].textField().setMinWidth(0);
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / fields.length);
            inputs.getColumnConstraints().add(column);
            fields[k].valueProperty().addListener((o, a, b) -> {
                y[index] = b.doubleValue();
                refresh();
            });
            Label name = new Label("y" + subscript(k));
            inputs.add(name, k, 0);
            inputs.add(fields[k], k, 1);
        }
        table = new LossTable();

        mse.setId("loss-mse");
        ce.setId("loss-ce");
        sum.setId("loss-sum");
        meanMse.setId("loss-mean-mse");
        withoutDelta.setId("loss-without-delta");
        for (Label l : new Label[] {mse, ce}) {
            l.getStyleClass().addAll("lecture-number", "result");
        }
        for (Label l : new Label[] {meanMse, withoutDelta, sum}) {
            l.setWrapText(true);
            l.getStyleClass().add("explanation");
        }
        VBox mseBox = new VBox(heading("curLoss.mse.heading"), formula("curLoss.mse.formula"), mse, meanMse);
        VBox ceBox = new VBox(heading("curLoss.ce.heading"), formula("curLoss.ce.formula"), ce, withoutDelta, sum);
        HBox results = new HBox(mseBox, ceBox);
        results.getStyleClass().add("columns");
        for (VBox box : new VBox[] {mseBox, ceBox}) {
            box.getStyleClass().add("result-box");
            box.setPrefWidth(10); // the two boxes share the width equally and wrap their text
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        page.getChildren().addAll(paragraph("curLoss.intro"), presets, targetRow, results, bars, inputs,
                heading("curLoss.table.heading"), scrollSideways(table), paragraph("curLoss.log0"));
        refresh();
        return page;
    }

    /** The twelve-column table scrolls on its own when the UI scale makes it wider than the page. */
    private static ScrollPane scrollSideways(Node wide) {
        ScrollPane scroll = new ScrollPane(wide);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(0);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.getStyleClass().addAll("edge-to-edge", "sideways");
        return scroll;
    }

    private void load(double[] values, int targetClass) {
        target.setValue(targetClass);
        for (int k = 0; k < values.length; k++) {
            fields[k].setValue(values[k]);
        }
        refresh();
    }

    @Override
    public void resetToLecture() {
        if (target != null) {
            load(LossExample.rightPrediction(), LossExample.LECTURE_TARGET);
        }
    }

    private void refresh() {
        if (table == null) {
            return; // still building the page
        }
        int t = (int) target.value();
        LossExample.Scores s = LossExample.score(y, t);
        mse.textProperty().bind(I18n.get().bind("curLoss.mse.value", f4(s.halfSumOfSquares())));
        meanMse.textProperty().bind(I18n.get().bind("curLoss.mse.mean", f4(s.meanOfSquares())));
        ce.textProperty().bind(I18n.get().bind("curLoss.ce.value", f4(s.crossEntropy())));
        withoutDelta.textProperty().bind(Double.isInfinite(s.crossEntropyWithoutDelta())
                ? I18n.get().bind("curLoss.ce.infinite", t)
                : I18n.get().bind("curLoss.ce.withoutDelta", f4(s.crossEntropyWithoutDelta())));
        withoutDelta.getStyleClass().remove("danger");
        if (Double.isInfinite(s.crossEntropyWithoutDelta())) {
            withoutDelta.getStyleClass().add("danger");
        }
        String total = String.format(Locale.ROOT, "%.4f", s.sum());
        sum.textProperty().bind(I18n.get().bind(s.sumsToOne() ? "curLoss.sum.ok" : "curLoss.sum.warn", total));
        sum.getStyleClass().removeAll("danger", "success");
        sum.getStyleClass().add(s.sumsToOne() ? "success" : "danger");
        table.show(y, t);
        bars.redraw();
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String subscript(int k) {
        return String.valueOf((char) ('\u2080' + k));
    }

    private static Label formula(String key) {
        Label l = label(key);
        l.getStyleClass().add("formula");
        l.setWrapText(true);
        return l;
    }
}
