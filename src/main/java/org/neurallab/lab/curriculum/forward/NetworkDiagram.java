package org.neurallab.lab.curriculum.forward;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The lecture's network drawn with its numbers: four columns (X, layer 1, layer 2, output), every edge with
 * its weight, every neuron with its sum a and activation z (the output's y). The neuron under the mouse, or
 * else the one last clicked, is highlighted with the edges that feed it.
 */
final class NetworkDiagram extends Region {
    static final Color ACCENT = Color.web("#0969da");
    private static final String[] SUBSCRIPT = {"\u2081", "\u2082", "\u2083"};

    private final Canvas canvas = new Canvas();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ForwardNetwork network;
    private ForwardNetwork.Pass pass;
    private int[] selected = {1, 0};
    private int[] hovered;
    private BiConsumer<Integer, Integer> onFocus = (c, i) -> { };

    NetworkDiagram(ForwardNetwork network) {
        this.network = network;
        getChildren().add(canvas);
        prefWidthProperty().bind(fontSize.multiply(50));
        setPrefHeight(14 * 22);
        // narrower than 50em (presenter scale on a small screen) the drawing shrinks instead of overflowing
        minWidthProperty().bind(fontSize.multiply(20));
        setMinHeight(USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        fontSize.addListener((o, a, v) -> draw());
        dark.addListener((o, a, v) -> draw());
        setOnMouseMoved(e -> hover(hit(e.getX(), e.getY())));
        setOnMouseExited(e -> hover(null));
        setOnMouseClicked(e -> {
            int[] node = hit(e.getX(), e.getY());
            if (node != null && node[0] > 0) {
                select(node[0], node[1]);
            }
        });
    }

    DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    /** Called with (column, neuron) whenever the neuron to explain changes. */
    void setOnFocus(BiConsumer<Integer, Integer> listener) {
        onFocus = listener;
    }

    void show(ForwardNetwork.Pass shown) {
        pass = shown;
        draw();
    }

    void select(int column, int neuron) {
        selected = new int[] {column, neuron};
        draw();
        fireFocus();
    }

    /** The neuron being explained: the hovered one, else the selected one. */
    int[] focus() {
        return hovered != null ? hovered : selected;
    }

    private void hover(int[] node) {
        int[] now = node != null && node[0] > 0 ? node : null;
        if (!java.util.Arrays.equals(now, hovered)) {
            hovered = now;
            draw();
            fireFocus();
        }
    }

    private void fireFocus() {
        int[] f = focus();
        onFocus.accept(f[0], f[1]);
    }

    /** Centre of a neuron's box in this region's coordinates. */
    Point2D centre(int column, int neuron) {
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        double h = getHeight() > 0 ? getHeight() : getPrefHeight();
        double fs = fs();
        double margin = fs * 4.5;
        double x = margin + column * (w - 2 * margin) / 3;
        int n = ForwardNetwork.sizes()[column];
        double y = h * (neuron + 1) / (n + 1);
        return new Point2D(x, y);
    }

    /** The font size the drawing uses: the page's, or smaller when the region is squeezed. */
    private double fs() {
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        return Math.min(fontSize.get(), w / 50);
    }

    private double boxWidth() {
        return fs() * 7.6;
    }

    private double boxHeight() {
        return fs() * 2.9;
    }

    private int[] hit(double x, double y) {
        int[] sizes = ForwardNetwork.sizes();
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                Point2D p = centre(c, i);
                if (Math.abs(x - p.getX()) <= boxWidth() / 2 && Math.abs(y - p.getY()) <= boxHeight() / 2) {
                    return new int[] {c, i};
                }
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        // the height follows the drawing's own font size, which shrinks with the width
        double want = Math.ceil(fs() * 22);
        if (Math.abs(getPrefHeight() - want) > 1) {
            setPrefHeight(want);
        }
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (pass == null || canvas.getWidth() <= 0) {
            return;
        }
        double fs = fs();
        Color ink = dark.get() ? Color.web("#e6edf3") : Color.web("#1f2328");
        Color paper = dark.get() ? Color.web("#0d1117") : Color.WHITE;
        int[] focus = focus();
        int[] sizes = ForwardNetwork.sizes();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        // edges first, the focused neuron's inputs last so they sit on top
        for (int pass2 = 0; pass2 < 2; pass2++) {
            for (int c = 1; c < sizes.length; c++) {
                for (int to = 0; to < sizes[c]; to++) {
                    boolean lit = focus[0] == c && focus[1] == to;
                    if (lit != (pass2 == 1)) {
                        continue;
                    }
                    for (int from = 0; from < sizes[c - 1]; from++) {
                        edge(g, centre(c - 1, from), centre(c, to), network.weight(c - 1, from, to), lit, ink, paper, fs);
                    }
                }
            }
        }
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                node(g, c, i, focus[0] == c && focus[1] == i, ink, paper, fs);
            }
        }
        g.setFont(Font.font(null, FontWeight.BOLD, fs));
        g.setFill(ink);
        String[] heads = {"X", "A\u00b9 \u2192 Z\u00b9", "A\u00b2 \u2192 Z\u00b2", "A\u00b3 = Y"};
        for (int c = 0; c < sizes.length; c++) {
            g.fillText(heads[c], centre(c, 0).getX(), fs * 0.9);
        }
    }

    private void edge(GraphicsContext g, Point2D from, Point2D to, double weight, boolean lit, Color ink, Color paper,
                      double fs) {
        double x1 = from.getX() + boxWidth() / 2;
        double x2 = to.getX() - boxWidth() / 2;
        g.setStroke(lit ? ACCENT : ink.deriveColor(0, 1, 1, 0.3));
        g.setLineWidth(lit ? Math.max(2, fs / 6) : 1);
        g.strokeLine(x1, from.getY(), x2, to.getY());
        // the weight a quarter of the way along, where edges from one neuron have fanned apart
        double t = 0.25;
        double lx = x1 + (x2 - x1) * t;
        double ly = from.getY() + (to.getY() - from.getY()) * t;
        String text = WeightedSum.number(weight);
        g.setFont(lit ? Font.font(null, FontWeight.BOLD, fs * 0.85) : Font.font(fs * 0.8));
        double tw = fs * 0.55 * text.length() + fs * 0.3;
        g.setFill(paper);
        g.fillRect(lx - tw / 2, ly - fs * 0.55, tw, fs * 1.1);
        g.setFill(lit ? ACCENT : ink.deriveColor(0, 1, 1, 0.8));
        g.fillText(text, lx, ly);
    }

    private void node(GraphicsContext g, int column, int i, boolean lit, Color ink, Color paper, double fs) {
        Point2D p = centre(column, i);
        double bw = boxWidth();
        double bh = boxHeight();
        double x = p.getX() - bw / 2;
        double y = p.getY() - bh / 2;
        g.setFill(lit ? ACCENT.deriveColor(0, 1, 1, 0.15) : paper);
        g.fillRoundRect(x, y, bw, bh, fs * 0.8, fs * 0.8);
        g.setStroke(lit ? ACCENT : ink.deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(lit ? 2.5 : 1.2);
        g.strokeRoundRect(x, y, bw, bh, fs * 0.8, fs * 0.8);
        g.setFill(ink);
        g.setFont(Font.font("monospace", fs * 0.9));
        String n = SUBSCRIPT[i];
        if (column == 0) {
            g.fillText("x" + n + " = " + WeightedSum.number(pass.x()[i]), p.getX(), p.getY());
            return;
        }
        double[] a = column == 1 ? pass.a1() : column == 2 ? pass.a2() : pass.a3();
        double[] z = column == 1 ? pass.z1() : column == 2 ? pass.z2() : pass.y();
        String layer = column == 1 ? "\u00b9" : column == 2 ? "\u00b2" : "\u00b3";
        g.fillText("a" + layer + n + " " + fixed(a[i]), p.getX(), p.getY() - fs * 0.65);
        g.setFont(Font.font("monospace", FontWeight.BOLD, fs * 0.9));
        g.fillText((column == 3 ? "y" : "z" + layer) + n + " " + fixed(z[i]), p.getX(), p.getY() + fs * 0.65);
        g.setFont(Font.font(fs * 0.75));
        g.setFill(ink.deriveColor(0, 1, 1, 0.75));
        g.fillText("b = " + WeightedSum.number(network.bias(column - 1, i)), p.getX(), y + bh + fs * 0.6);
    }

    /** Four decimals always, so the columns of numbers line up. */
    static String fixed(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", Math.abs(v) < 5e-5 ? 0.0 : v);
    }
}
