package org.neurallab.lab.curriculum.perceptron;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.lab.curriculum.ui.NumberText;
import org.neurallab.ui.chart.XyPlot;

/**
 * One perceptron on the four corners of the unit square: pick a gate, edit w1, w2 and b, and see the
 * decision line move, the corners change colour and the truth table follow. With exclusive-or chosen the
 * score never reaches 4 of 4, whatever the student types.
 */
final class SinglePerceptronPane extends VBox {
    static final Color ONE = Color.web("#2da44e");
    static final Color ZERO = Color.web("#8c959f");

    private final ObjectProperty<LogicGate> gate = new SimpleObjectProperty<>(LogicGate.AND);
    private final ToggleGroup gates = new ToggleGroup();
    private final NumberField w1 = new NumberField(0.5, -10, 10, false);
    private final NumberField w2 = new NumberField(0.5, -10, 10, false);
    private final NumberField b = new NumberField(-0.7, -10, 10, false);
    private final XyPlot plot = new XyPlot();
    private final Label[] sums = new Label[4];
    private final Label[] outputs = new Label[4];
    private final Label[] targets = new Label[4];
    private final Label[] marks = new Label[4];
    private final Label score = new Label();

    SinglePerceptronPane(CurriculumContext context) {
        getStyleClass().add("perceptron-section");
        setSpacing(8);
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind("curPerceptron.single.heading"));
        heading.getStyleClass().add("title-4");

        FlowPane gateButtons = new FlowPane(6, 6);
        for (LogicGate g : LogicGate.values()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(I18n.get().bind("curPerceptron.gate." + g.name().toLowerCase(java.util.Locale.ROOT)));
            button.setId("gate-" + g.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(g);
            button.setToggleGroup(gates);
            gateButtons.getChildren().add(button);
        }
        gates.selectToggle(gates.getToggles().get(0));
        gates.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            choose((LogicGate) now.getUserData());
        });

        w1.setId("perceptron-w1");
        w2.setId("perceptron-w2");
        b.setId("perceptron-b");
        HBox fields = new HBox(12, labelled("w\u2081", w1), labelled("w\u2082", w2), labelled("b", b));
        fields.setAlignment(Pos.TOP_LEFT);

        plot.fontSizeProperty().bind(context.fontSize());
        plot.darkProperty().bind(context.dark());
        plot.setWindow(-0.4, 2.1, -0.4, 1.5, true);
        plot.prefWidthProperty().bind(FitWidth.of(context.fontSize(), 30, this));
        plot.prefHeightProperty().bind(context.fontSize().multiply(22));
        plot.xLabelProperty().set("x\u2081");
        plot.yLabelProperty().set("x\u2082");
        plot.setPainter(this::paint);

        VBox table = new VBox(8, truthTable(), score);
        score.setId("perceptron-score");
        score.getStyleClass().add("lecture-number");
        score.textProperty().bind(I18n.get().live(() -> I18n.get().text("curPerceptron.single.score",
                perceptron().correctRows(gate.get()), I18n.get().text("curPerceptron." + gateKey())),
                w1.valueProperty(), w2.valueProperty(), b.valueProperty(), gate));
        WrappingRow body = new WrappingRow(20, 12, plot, table);

        Label rule = explanation("single.rule");
        Label xor = explanation("single.xor");
        xor.visibleProperty().bind(gate.isEqualTo(LogicGate.XOR));
        xor.managedProperty().bind(xor.visibleProperty());
        xor.getStyleClass().add("topic-note");
        getChildren().addAll(heading, rule, gateButtons, fields, body, xor);

        w1.valueProperty().addListener((o, a, v) -> refresh());
        w2.valueProperty().addListener((o, a, v) -> refresh());
        b.valueProperty().addListener((o, a, v) -> refresh());
        gate.addListener((o, a, v) -> refresh());
        refresh();
    }

    private String gateKey() {
        return "gate." + gate.get().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Selecting AND, NAND or OR loads the lecture's weights; XOR keeps the current ones to start from. */
    private void choose(LogicGate g) {
        if (g.linearlySeparable()) {
            Perceptron p = g.lecturePerceptron();
            w1.setValue(p.w1());
            w2.setValue(p.w2());
            b.setValue(p.b());
        }
        gate.set(g);
    }

    void resetToLecture() {
        gates.selectToggle(gates.getToggles().get(0));
        choose(LogicGate.AND);
    }

    Perceptron perceptron() {
        return new Perceptron(w1.value(), w2.value(), b.value());
    }

    private GridPane truthTable() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("perceptron-table");
        grid.setHgap(14);
        grid.setVgap(4);
        String[] heads = {"x\u2081", "x\u2082", null, "y", null, ""};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c] == null ? "" : heads[c]);
            if (c == 2) {
                h.textProperty().bind(I18n.get().bind("curPerceptron.single.sum"));
            } else if (c == 4) {
                h.textProperty().bind(I18n.get().live(() -> I18n.get().text("curPerceptron." + gateKey()), gate));
            }
            h.getStyleClass().add("table-head");
            h.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(h, c, 0);
        }
        for (int r = 0; r < 4; r++) {
            grid.add(new Label(NumberText.plain(LogicGate.INPUTS[r][0])), 0, r + 1);
            grid.add(new Label(NumberText.plain(LogicGate.INPUTS[r][1])), 1, r + 1);
            sums[r] = new Label();
            sums[r].setMinWidth(Region.USE_PREF_SIZE);
            outputs[r] = new Label();
            outputs[r].setId("perceptron-y-" + r);
            outputs[r].getStyleClass().add("lecture-number");
            targets[r] = new Label();
            marks[r] = new Label();
            grid.add(sums[r], 2, r + 1);
            grid.add(outputs[r], 3, r + 1);
            grid.add(targets[r], 4, r + 1);
            grid.add(marks[r], 5, r + 1);
        }
        return grid;
    }

    private void refresh() {
        Perceptron p = perceptron();
        for (int r = 0; r < 4; r++) {
            double x1 = LogicGate.INPUTS[r][0];
            double x2 = LogicGate.INPUTS[r][1];
            sums[r].setText(NumberText.plain(p.w1()) + "\u00b7" + (int) x1 + " + " + NumberText.plain(p.w2())
                    + "\u00b7" + (int) x2 + " + (" + NumberText.plain(p.b()) + ") = " + NumberText.plain(p.sum(x1, x2)));
            int y = p.output(x1, x2);
            outputs[r].setText(Integer.toString(y));
            targets[r].setText(Integer.toString(gate.get().target(r)));
            boolean right = y == gate.get().target(r);
            marks[r].setText(right ? "\u2713" : "\u2717");
            marks[r].getStyleClass().setAll("label", right ? "success" : "danger");
        }
        plot.redraw();
    }

    private void paint(XyPlot.Pen pen) {
        Perceptron p = perceptron();
        Color ink = pen.ink();
        // the half-plane where the perceptron says 1, faintly
        pen.field((x, y) -> p.sum(x, y) > 0 ? 1.0 : 0.0,
                v -> v > 0 ? ONE.deriveColor(0, 1, 1, 0.16) : Color.TRANSPARENT, 6);
        drawDecisionLine(pen, p, ink);
        for (int r = 0; r < 4; r++) {
            double x1 = LogicGate.INPUTS[r][0];
            double x2 = LogicGate.INPUTS[r][1];
            int y = p.output(x1, x2);
            boolean right = y == gate.get().target(r);
            pen.dot(x1, x2, pen.fontSize() * 0.75, y == 1 ? ONE : ZERO);
            String tag = "(" + (int) x1 + "," + (int) x2 + ") \u2192 " + y + (right ? "" : " \u2717");
            pen.text(tag, x1, x2, pen.fontSize(), pen.fontSize() * (x2 > 0.5 ? -1.2 : 1.2),
                    right ? ink : Color.web("#cf222e"));
        }
    }

    /** The line w1 x1 + w2 x2 + b = 0, where the perceptron's answer flips. */
    private static void drawDecisionLine(XyPlot.Pen pen, Perceptron p, Color ink) {
        double xa = pen.xMin();
        double xb = pen.xMax();
        if (Math.abs(p.w2()) > 1e-12) {
            pen.line(xa, -(p.w1() * xa + p.b()) / p.w2(), xb, -(p.w1() * xb + p.b()) / p.w2(), ink, 2);
        } else if (Math.abs(p.w1()) > 1e-12) {
            double x = -p.b() / p.w1();
            pen.line(x, pen.yMin(), x, pen.yMax(), ink, 2);
        }
    }

    private static VBox labelled(String name, NumberField field) {
        Label l = new Label(name);
        l.setLabelFor(field.textField());
        VBox box = new VBox(2, l, field);
        box.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return box;
    }

    static Label explanation(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind("curPerceptron." + key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("explanation");
        return l;
    }
}
