package org.neurallab.lab.curriculum.perceptron;

import org.neurallab.lab.curriculum.ui.NumberText;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * XOR as a two-layer network of perceptrons, drawn for one input: x1 and x2 feed NAND (s1) and OR (s2),
 * which feed AND (y). Every edge carries the lecture's weight, every gate its bias, every node its value.
 */
final class GateDiagram extends Region {
    private final Canvas canvas = new Canvas();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private GateNetwork.Row row = GateNetwork.evaluate(0, 0);

    GateDiagram() {
        getChildren().add(canvas);
        setPrefWidth(14 * 34);
        prefHeightProperty().bind(fontSize.multiply(15));
        setMinHeight(USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        fontSize.addListener((o, a, v) -> draw());
        dark.addListener((o, a, v) -> draw());
    }

    /** Keeps the diagram 34em wide, or as wide as the section when that is narrower. */
    void fitInto(Region section) {
        prefWidthProperty().bind(FitWidth.of(fontSize, 34, section));
    }

    DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    void show(GateNetwork.Row shown) {
        row = shown;
        draw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        double fs = fontSize.get();
        Color ink = dark.get() ? Color.web("#e6edf3") : Color.web("#1f2328");
        double r = fs * 1.4;
        double xIn = fs * 3;
        double xMid = w / 2;
        double xOut = w - fs * 6;
        double yTop = h * 0.27;
        double yBottom = h * 0.73;
        double yMid = h / 2;
        Perceptron nand = LogicGate.NAND.lecturePerceptron();
        Perceptron or = LogicGate.OR.lecturePerceptron();
        Perceptron and = LogicGate.AND.lecturePerceptron();
        // crossing edges get their weight near their source, away from the crossing in the middle
        edge(g, xIn, yTop, xMid, yTop, nand.w1(), r, ink, fs, 0.5, -0.9);
        edge(g, xIn, yBottom, xMid, yTop, nand.w2(), r, ink, fs, 0.2, -0.9);
        edge(g, xIn, yTop, xMid, yBottom, or.w1(), r, ink, fs, 0.2, 0.9);
        edge(g, xIn, yBottom, xMid, yBottom, or.w2(), r, ink, fs, 0.5, 0.9);
        edge(g, xMid, yTop, xOut, yMid, and.w1(), r, ink, fs, 0.4, -0.9);
        edge(g, xMid, yBottom, xOut, yMid, and.w2(), r, ink, fs, 0.4, 0.9);
        node(g, xIn, yTop, r, "x\u2081", row.x1(), null, ink, fs);
        node(g, xIn, yBottom, r, "x\u2082", row.x2(), null, ink, fs);
        node(g, xMid, yTop, r, "s\u2081 NAND", row.s1(), nand.b(), ink, fs);
        node(g, xMid, yBottom, r, "s\u2082 OR", row.s2(), or.b(), ink, fs);
        node(g, xOut, yMid, r, "y AND", row.y(), and.b(), ink, fs);
    }

    /** A weighted edge, its weight written at fraction t along it ({@code side} shifts the label off the line). */
    private static void edge(GraphicsContext g, double x1, double y1, double x2, double y2, double weight,
                             double r, Color ink, double fs, double t, double side) {
        g.setStroke(ink.deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(Math.max(1.5, fs / 8));
        g.strokeLine(x1 + r, y1, x2 - r, y2);
        double lx = x1 + r + (x2 - r - x1 - r) * t;
        double ly = y1 + (y2 - y1) * t + side * fs * 0.5;
        g.setFont(Font.font(fs * 0.9));
        g.setFill(ink);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(NumberText.plain(weight), lx, ly);
    }

    private static void node(GraphicsContext g, double x, double y, double r, String name, int value, Double bias,
                             Color ink, double fs) {
        g.setFill(value == 1 ? SinglePerceptronPane.ONE : SinglePerceptronPane.ZERO);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(ink);
        g.setLineWidth(1.2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.WHITE);
        g.setFont(Font.font(null, FontWeight.BOLD, fs * 1.2));
        g.fillText(Integer.toString(value), x, y);
        g.setFill(ink);
        g.setFont(Font.font(fs * 0.9));
        String caption = bias == null ? name : name + "  b = " + NumberText.plain(bias);
        g.fillText(caption, x, y + r + fs * 0.8);
    }
}
