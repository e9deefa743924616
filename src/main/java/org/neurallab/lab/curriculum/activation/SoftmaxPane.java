package org.neurallab.lab.curriculum.activation;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.StrokeLineCap;
import org.neurallab.app.I18n;
import org.neurallab.engine.Engine;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.NumberText;
import org.neurallab.ui.chart.XyPlot;

/**
 * Softmax on an editable three-number input: lecture 002's vector [0.3, 2.9, 4.0] worked step by step
 * (exp, sum, divide), and the overflow trap: the naive formula on [1010, 1000, 990] gives NaN while the
 * engine's softmax, which subtracts the largest input first, gives the right answer.
 */
final class SoftmaxPane extends VBox {
    static final double[] LECTURE = {0.3, 2.9, 4.0};
    static final double[] LARGE = {1010, 1000, 990};

    private final NumberField[] inputs = new NumberField[3];
    private final Label[][] cells = new Label[5][3];
    private final Label naiveSum = new Label();
    private final Label shiftedSum = new Label();
    private final Label overflow;
    private final XyPlot bars = new XyPlot();
    private double[] probabilities;

    SoftmaxPane(CurriculumContext context) {
        getStyleClass().add("activation-section");
        setSpacing(8);
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curActivation.softmax.heading"));
        heading.getStyleClass().add("title-4");

        HBox fields = new HBox(10);
        fields.setAlignment(Pos.TOP_LEFT);
        Label a = new Label("a =");
        fields.getChildren().add(a);
        for (int i = 0; i < 3; i++) {
            inputs[i] = new NumberField(LECTURE[i], -100_000, 100_000, false);
            inputs[i].setId("softmax-a" + i);
            inputs[i].valueProperty().addListener((o, x, v) -> refresh());
            fields.getChildren().add(inputs[i]);
        }
        Button lecture = new Button();
        lecture.setId("softmax-lecture");
        lecture.textProperty().bind(I18n.get().bind("curActivation.softmax.lecture"));
        lecture.setOnAction(e -> set(LECTURE));
        Button large = new Button();
        large.setId("softmax-large");
        large.textProperty().bind(I18n.get().bind("curActivation.softmax.large"));
        large.setOnAction(e -> set(LARGE));
        FlowPane presets = new FlowPane(8, 8, lecture, large);

        overflow = ActivationExplain.label("softmax.overflow");
        overflow.setId("softmax-overflow");
        overflow.getStyleClass().add("topic-note");
        overflow.managedProperty().bind(overflow.visibleProperty());

        bars.fontSizeProperty().bind(context.fontSize());
        bars.darkProperty().bind(context.dark());
        bars.setWindow(0.4, 3.6, 0, 1.15, false);
        bars.prefWidthProperty().bind(context.fontSize().multiply(18));
        bars.prefHeightProperty().bind(context.fontSize().multiply(14));
        bars.setMinWidth(Region.USE_PREF_SIZE);
        bars.setPainter(this::paintBars);

        FlowPane body = new FlowPane(24, 12, table(), bars);
        getChildren().addAll(heading, ActivationExplain.label("softmax.intro"), fields, presets, body, overflow,
                ActivationExplain.label("softmax.fix"));
        refresh();
    }

    void set(double[] values) {
        for (int i = 0; i < 3; i++) {
            inputs[i].setValue(values[i]);
        }
    }

    void resetToLecture() {
        set(LECTURE);
    }

    private GridPane table() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("activation-table");
        grid.setHgap(16);
        grid.setVgap(4);
        String[] rows = {"softmax.row.exp", "softmax.row.naive", "softmax.row.shifted", "softmax.row.shiftedExp",
            "softmax.row.engine"};
        String[] ids = {"softmax-exp-", "softmax-naive-", "softmax-shifted-", "softmax-shifted-exp-", "softmax-y-"};
        int line = 0;
        for (int r = 0; r < rows.length; r++) {
            grid.add(rowName(rows[r]), 0, line);
            for (int c = 0; c < 3; c++) {
                cells[r][c] = new Label();
                cells[r][c].setId(ids[r] + c);
                cells[r][c].setMinWidth(Region.USE_PREF_SIZE);
                grid.add(cells[r][c], c + 1, line);
            }
            line++;
            // the sums get their own line under the exps they add up, so the table stays narrow
            if (r == 0 || r == 3) {
                Label sum = r == 0 ? naiveSum : shiftedSum;
                grid.add(rowName(r == 0 ? "softmax.row.sum" : "softmax.row.shiftedSum"), 0, line);
                grid.add(sum, 1, line, 3, 1);
                line++;
            }
        }
        for (int c = 0; c < 3; c++) {
            cells[4][c].getStyleClass().add("lecture-number");
        }
        naiveSum.setId("softmax-naive-sum");
        shiftedSum.setId("softmax-shifted-sum");
        return grid;
    }

    private static Label rowName(String key) {
        Label name = new Label();
        name.textProperty().bind(I18n.get().bind("curActivation." + key));
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().add("table-head");
        return name;
    }

    private double[] values() {
        return new double[] {inputs[0].value(), inputs[1].value(), inputs[2].value()};
    }

    void refresh() {
        double[] a = values();
        double[] exp = Softmax.exp(a);
        double[] naive = Softmax.naive(a);
        double[] shifted = Softmax.shifted(a);
        double[] shiftedExp = Softmax.exp(shifted);
        probabilities = Engine.isReady() ? Softmax.engine(a) : null;
        double sum = 0;
        double shiftedTotal = 0;
        boolean broken = false;
        for (int i = 0; i < 3; i++) {
            cells[0][i].setText(NumberText.value(exp[i]));
            cells[1][i].setText(NumberText.value(naive[i]));
            // red only when the naive formula has actually broken down
            cells[1][i].getStyleClass().remove("naive");
            if (Double.isNaN(naive[i])) {
                cells[1][i].getStyleClass().add("naive");
            }
            cells[2][i].setText(NumberText.value(shifted[i]));
            cells[3][i].setText(NumberText.value(shiftedExp[i]));
            cells[4][i].setText(probabilities == null ? "\u2026" : NumberText.value(probabilities[i]));
            sum += exp[i];
            shiftedTotal += shiftedExp[i];
            broken |= Double.isNaN(naive[i]);
        }
        naiveSum.setText(NumberText.value(sum));
        shiftedSum.setText(NumberText.value(shiftedTotal));
        overflow.setVisible(broken);
        bars.redraw();
    }

    private void paintBars(XyPlot.Pen pen) {
        if (probabilities == null) {
            return;
        }
        double width = pen.px(1.3) - pen.px(1);
        pen.graphics().setLineCap(StrokeLineCap.BUTT); // a bar of height 0.00005 must not look taller
        for (int i = 0; i < 3; i++) {
            double x = i + 1;
            pen.line(x, 0, x, probabilities[i], FunctionPane.F.deriveColor(0, 1, 1, 0.85), width);
            String text = String.format(Locale.ROOT, "%.3f", probabilities[i]);
            pen.text(text, x, Math.min(probabilities[i], 0.98), -width / 2, -pen.fontSize() * 0.8, pen.ink());
        }
        pen.graphics().setLineCap(StrokeLineCap.SQUARE);
    }
}
