package org.neurallab.lab.curriculum.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.neurallab.app.I18n;

/**
 * Draws a {@link ShoppingGraph}: inputs on the left, × and + nodes as circles, the price on the right.
 * Each edge shows its forward value above it (blue) and its backward gradient below it (red), but only
 * once the step-by-step animation has reached it; the edge revealed last is drawn thicker.
 */
final class GraphCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 14);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private ShoppingGraph graph;
    private int revealed;

    GraphCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("graph-canvas");
        fontSize.addListener((o, a, b) -> {
            requestLayout();
            redraw();
        });
        dark.addListener((o, a, b) -> redraw());
        I18n.get().onChange(this, () -> redraw());
    }

    DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    /** Shows the graph with the first {@code steps} of its forward-then-backward steps revealed. */
    void show(ShoppingGraph g, int steps) {
        this.graph = g;
        this.revealed = steps;
        requestLayout();
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        double rows = graph == null ? 2 : maxRow() + 1;
        return fontSize.get() * (4 + rows * 5.2);
    }

    @Override
    protected double computePrefWidth(double height) {
        return fontSize.get() * 50;
    }

    @Override
    protected double computeMinWidth(double height) {
        return fontSize.get() * 20;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private double maxRow() {
        return graph.nodes().stream().mapToDouble(ShoppingGraph.GraphNode::row).max().orElse(1);
    }

    private double maxColumn() {
        return graph.nodes().stream().mapToDouble(ShoppingGraph.GraphNode::column).max().orElse(1);
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (graph == null || w < 10 || h < 10) {
            return;
        }
        double fs = fontSize.get();
        Font font = Font.font(fs);
        Font bold = Font.font(null, FontWeight.BOLD, fs);
        Color ink = dark.get() ? Color.web("#e6edf3") : Color.web("#1f2328");
        Color forward = dark.get() ? Color.web("#4493f8") : Color.web("#0969da");
        Color backward = dark.get() ? Color.web("#f85149") : Color.web("#cf222e");
        Color nodeFill = dark.get() ? Color.web("#161b22") : Color.web("#f6f8fa");
        double radius = fs * 1.3;

        // left margin: the widest input name; right margin: the result's name
        double left = fs;
        double right = fs;
        for (ShoppingGraph.GraphNode n : graph.nodes()) {
            if (!n.operation() && n.column() == 0) {
                left = Math.max(left, textWidth(I18n.get().text(n.labelKey()), bold) + fs * 1.5);
            }
            if (n.column() == maxColumn()) {
                right = Math.max(right, textWidth(I18n.get().text(n.labelKey()), bold) + fs * 1.5);
            }
        }
        double top = fs * 2.5;
        double bottom = h - fs * 2.5;
        double cols = maxColumn();
        double rows = maxRow();
        Map<String, double[]> at = new HashMap<>();
        for (ShoppingGraph.GraphNode n : graph.nodes()) {
            double x = left + (w - left - right) * n.column() / cols;
            double y = top + (bottom - top) * (rows == 0 ? 0.5 : n.row() / rows);
            at.put(n.id(), new double[] {x, y});
        }

        List<ShoppingGraph.Edge> edges = graph.edges();
        int count = edges.size();
        int newest = revealed <= 0 || revealed >= 2 * count ? -1 : revealed <= count ? revealed - 1 : 2 * count - revealed;
        for (int i = 0; i < count; i++) {
            ShoppingGraph.Edge e = edges.get(i);
            boolean showForward = i < revealed;
            boolean showBackward = revealed - count > count - 1 - i;
            double[] a = at.get(e.from());
            double[] b = at.get(e.to());
            double ax = a[0] + (isOperation(e.from()) ? radius : fs * 0.3);
            double ay = a[1];
            double bx = b[0] - (isOperation(e.to()) ? radius : fs * 0.3);
            double by = b[1];
            if (isOperation(e.to())) {
                // end on the circle, along the edge's direction
                double len = Math.hypot(b[0] - ax, b[1] - ay);
                bx = b[0] - radius * (b[0] - ax) / len;
                by = b[1] - radius * (b[1] - ay) / len;
            }
            g.setStroke(ink.deriveColor(0, 1, 1, 0.75));
            g.setLineWidth(i == newest ? 3.5 : 1.5);
            g.strokeLine(ax, ay, bx, by);
            arrowHead(g, ax, ay, bx, by, fs * 0.6, ink);
            // edges from two inputs meet at a node: label them near their start, where they are far apart
            double along = isOperation(e.from()) ? 0.5 : 0.3;
            double mx = ax + (bx - ax) * along;
            double my = ay + (by - ay) * along;
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            if (showForward) {
                g.setFont(bold);
                g.setFill(forward);
                g.fillText(GraphNumbers.format(e.forward()), mx, my - fs * 0.85);
            }
            if (showBackward) {
                g.setFont(bold);
                g.setFill(backward);
                g.fillText(GraphNumbers.format(e.backward()), mx, my + fs * 0.9);
            }
        }
        for (ShoppingGraph.GraphNode n : graph.nodes()) {
            double[] p = at.get(n.id());
            if (n.operation()) {
                g.setFill(nodeFill);
                g.fillOval(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius);
                g.setStroke(ink);
                g.setLineWidth(1.5);
                g.strokeOval(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius);
                g.setFill(ink);
                g.setFont(Font.font(null, FontWeight.BOLD, fs * 1.3));
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(n.id().startsWith("add") ? "+" : "\u00d7", p[0], p[1]);
            } else {
                g.setFill(ink);
                g.setFont(bold);
                g.setTextBaseline(VPos.CENTER);
                boolean output = n.column() == cols;
                g.setTextAlign(output ? TextAlignment.LEFT : TextAlignment.RIGHT);
                g.fillText(I18n.get().text(n.labelKey()), output ? p[0] + fs * 0.4 : p[0] - fs * 0.4, p[1]);
            }
        }
        g.setFont(font);
    }

    private boolean isOperation(String id) {
        return graph.nodes().stream().anyMatch(n -> n.id().equals(id) && n.operation());
    }

    private static void arrowHead(GraphicsContext g, double ax, double ay, double bx, double by, double size, Color c) {
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 1e-9) {
            return;
        }
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        g.setFill(c);
        g.fillPolygon(new double[] {bx, bx - size * ux + size * 0.5 * uy, bx - size * ux - size * 0.5 * uy},
                new double[] {by, by - size * uy - size * 0.5 * ux, by - size * uy + size * 0.5 * ux}, 3);
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
