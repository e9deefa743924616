package org.neurallab.lab.playground.view;

import java.nio.IntBuffer;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.ColorRamp;
import org.neurallab.lab.playground.FrameSnapshot;
import org.neurallab.lab.playground.data.Feature;

/**
 * Paints one frame of the network onto a canvas: each node's heatmap, the links by weight (width |w|,
 * colour its sign) or, with gradients shown, by the last step's gradient (on a log scale) with a dot on
 * each neuron as large as its gradient, and the value of the link under the mouse. It keeps the node
 * images between frames so that a frame only rewrites their pixels.
 */
final class NetworkPainter {
    private WritableImage[][] images = new WritableImage[0][];
    private WritableImage[] inputImages = new WritableImage[0];
    private FrameSnapshot frame;
    private ColorRamp colors;
    private boolean gradients;

    /** What the pane knows when it asks for a repaint. */
    record Scene(NetworkLayout layout, List<Feature> enabled, Color ink, double textScale,
                 int[] hoverLink, double mouseX, double mouseY) {
    }

    FrameSnapshot frame() {
        return frame;
    }

    void showGradients(boolean on) {
        gradients = on;
    }

    /**
     * Where a gradient's size falls between 1e-6 (0) and 1 (1), on a log scale: gradients of a deep network differ
     * by orders of magnitude from layer to layer, which is the point of showing them.
     */
    static double gradientScale(double g) {
        double a = Math.abs(g);
        if (!(a > 1e-6)) {
            return 0;
        }
        return Math.min(1, (Math.log10(a) + 6) / 6);
    }

    /** Takes the newest frame and copies its heatmaps into the node images. */
    void take(FrameSnapshot snapshot, ColorRamp ramp) {
        frame = snapshot;
        colors = ramp;
        int res = snapshot.neuronResolution;
        if (images.length != snapshot.neuronPixels.length || inputImages.length != snapshot.inputPixels.length
                || (inputImages.length > 0 && inputImages[0].getWidth() != res)) {
            images = new WritableImage[snapshot.neuronPixels.length][];
            inputImages = new WritableImage[snapshot.inputPixels.length];
        }
        for (int i = 0; i < inputImages.length; i++) {
            inputImages[i] = write(inputImages[i], snapshot.inputPixels[i], res);
        }
        for (int l = 0; l < images.length; l++) {
            if (images[l] == null || images[l].length != snapshot.neuronPixels[l].length) {
                images[l] = new WritableImage[snapshot.neuronPixels[l].length];
            }
            for (int j = 0; j < images[l].length; j++) {
                images[l][j] = write(images[l][j], snapshot.neuronPixels[l][j], res);
            }
        }
    }

    static WritableImage write(WritableImage image, int[] pixels, int res) {
        WritableImage target = image != null && image.getWidth() == res ? image : new WritableImage(res, res);
        target.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), res);
        return target;
    }

    /** Start and end {ax, ay, bx, by} of a link; layer 0 starts at the i-th enabled feature's row. */
    static double[] linkEnds(NetworkLayout layout, List<Feature> enabled, int layer, int from, int to) {
        int fromRow = layer == 0 ? enabled.get(from).ordinal() : from;
        double n = layout.node;
        double ax = layout.nodeLeft(layer) + n;
        double ay = layout.nodeTop(layer, fromRow) + n / 2;
        double bx = layout.nodeLeft(layer + 1);
        double by = layout.nodeTop(layer + 1, to) + n / 2;
        return new double[] {ax, ay, bx, by};
    }

    /** Whether the frame was computed for the network the layout shows (a change may not have trained yet). */
    boolean matches(NetworkLayout layout, List<Feature> enabled) {
        if (frame == null || layout == null || frame.sizes.length != layout.columns
                || frame.sizes[0] != enabled.size()) {
            return false;
        }
        for (int c = 1; c < layout.columns; c++) {
            if (frame.sizes[c] != layout.rows(c)) {
                return false;
            }
        }
        return true;
    }

    void paint(GraphicsContext g, double w, double h, Scene s) {
        g.clearRect(0, 0, w, h);
        if (s.layout() == null || colors == null) {
            return;
        }
        g.setImageSmoothing(true);
        boolean ok = matches(s.layout(), s.enabled());
        if (ok) {
            drawLinks(g, s);
        }
        drawNodes(g, s, ok);
        if (ok && s.hoverLink() != null) {
            drawHoverValue(g, w, s);
        }
    }

    private void drawHoverValue(GraphicsContext g, double w, Scene s) {
        int[] link = s.hoverLink();
        String text;
        if (gradients) {
            double grad = frame.weightGrad(link[0], link[1], link[2]);
            text = I18n.get().text("playground.link.gradient", String.format(I18n.get().locale(), "%.2e", grad));
        } else {
            double wgt = frame.weight(link[0], link[1], link[2]);
            text = I18n.get().text("playground.link.weight", String.format(I18n.get().locale(), "%.3f", wgt));
        }
        double fs = 13 * s.textScale();
        g.setFont(Font.font(fs));
        double tw = text.length() * fs * 0.58 + 12;
        double tx = Math.min(s.mouseX() + 12, w - tw - 2);
        g.setFill(Color.rgb(30, 30, 30, 0.85));
        g.fillRoundRect(tx, s.mouseY() - 10 - fs * 1.6, tw, fs * 1.6, 6, 6);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, tx + 6, s.mouseY() - 10 - fs * 0.8);
    }

    private void drawLinks(GraphicsContext g, Scene s) {
        int[] hover = s.hoverLink();
        for (int l = 0; l < frame.sizes.length - 1; l++) {
            for (int i = 0; i < frame.sizes[l]; i++) {
                for (int j = 0; j < frame.sizes[l + 1]; j++) {
                    double[] e = linkEnds(s.layout(), s.enabled(), l, i, j);
                    boolean hot = hover != null && hover[0] == l && hover[1] == i && hover[2] == j;
                    double width;
                    int argb;
                    if (gradients) {
                        // coloured by the way the step moves the weight (against the gradient), as wide as its size
                        double grad = frame.weightGrad(l, i, j);
                        argb = colors.value(grad <= 0 ? 1 : -1, false);
                        width = 0.3 + 7.5 * gradientScale(grad);
                    } else {
                        double wgt = frame.weight(l, i, j);
                        argb = colors.value(wgt >= 0 ? 1 : -1, false);
                        width = Math.min(8, 0.6 + Math.abs(wgt) * 1.6);
                    }
                    g.setStroke(hot ? Color.BLACK : Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255, 0.85));
                    g.setLineWidth(width + (hot ? 1.5 : 0));
                    g.strokeLine(e[0], e[1], e[2], e[3]);
                }
            }
        }
    }

    private void drawNodes(GraphicsContext g, Scene s, boolean ok) {
        NetworkLayout layout = s.layout();
        double n = layout.node;
        Color ink = s.ink();
        g.setFont(Font.font(Math.max(11, Math.min(16, n * 0.3)) * s.textScale()));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (Feature f : Feature.values()) {
            int r = f.ordinal();
            double x = layout.nodeLeft(0);
            double y = layout.nodeTop(0, r);
            int idx = s.enabled().indexOf(f);
            g.setGlobalAlpha(idx >= 0 ? 1 : 0.3);
            if (ok && idx >= 0 && idx < inputImages.length) {
                g.drawImage(inputImages[idx], x, y, n, n);
            } else {
                g.setFill(Color.web("#e8eaeb"));
                g.fillRect(x, y, n, n);
            }
            g.setGlobalAlpha(1);
            g.setStroke(idx >= 0 ? ink : ink.deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(idx >= 0 ? 1.5 : 1);
            g.strokeRect(x, y, n, n);
            g.setFill(idx >= 0 ? ink : ink.deriveColor(0, 1, 1, 0.55));
            g.fillText(f.label(), x - 6, y + n / 2);
        }
        for (int c = 1; c < layout.columns; c++) {
            for (int r = 0; r < layout.rows(c); r++) {
                double x = layout.nodeLeft(c);
                double y = layout.nodeTop(c, r);
                if (ok && images.length >= c && images[c - 1] != null && r < images[c - 1].length) {
                    g.drawImage(images[c - 1][r], x, y, n, n);
                }
                g.setStroke(ink);
                g.setLineWidth(1);
                g.strokeRect(x, y, n, n);
                if (ok && gradients && r < frame.neuronGrads[c - 1].length) {
                    // a dot on the corner as large as the neuron's gradient: small dots learn slowly
                    double radius = 1.5 + 0.22 * n * gradientScale(frame.neuronGrads[c - 1][r]);
                    g.setFill(Color.rgb(200, 30, 90, 0.9));
                    g.fillOval(x + n - radius, y - radius, 2 * radius, 2 * radius);
                }
            }
        }
    }
}
