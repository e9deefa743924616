package org.neurallab.lab.playground.view;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.playground.ColorRamp;
import org.neurallab.lab.playground.FrameSnapshot;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * The network drawn as TensorFlow Playground draws it: feature nodes on the left (click to switch one
 * on or off), a column per hidden layer with +/- for neurons and the layer's activation on its header,
 * the outputs on the right. Every node shows its heatmap; links are as wide as |weight| and coloured by
 * its sign. Hovering a link shows its weight, clicking it opens a field to type a new one.
 */
final class NetworkPane extends Pane {
    private final PlaygroundController controller;
    private final Canvas canvas = new Canvas();
    private final WeightEditor weightEditor;
    private final Button addLayer = new Button("+");
    private final Button removeLayer = new Button("\u2212");
    private final Label layerCount = new Label();
    private final List<VBox> layerHeaders = new ArrayList<>();
    private WritableImage[][] images = new WritableImage[0][];
    private WritableImage[] inputImages = new WritableImage[0];
    private FrameSnapshot frame;
    private ColorRamp colors;
    private NetworkLayout layout;
    private int[] hoverLink;
    private double mouseX;
    private double mouseY;
    private final javafx.beans.property.BooleanProperty showGradients =
            new javafx.beans.property.SimpleBooleanProperty(this, "showGradients", false);

    NetworkPane(PlaygroundController controller) {
        this.controller = controller;
        getStyleClass().add("playground-network");
        setMinSize(300, 300);
        canvas.setId("network-canvas");
        addLayer.setId("add-layer");
        removeLayer.setId("remove-layer");
        layerCount.setId("layer-count");
        addLayer.setOnAction(e -> changeLayers(+1));
        removeLayer.setOnAction(e -> changeLayers(-1));
        HBox layerButtons = new HBox(6, addLayer, removeLayer, layerCount);
        layerButtons.setAlignment(Pos.CENTER_LEFT);
        layerButtons.setId("layer-buttons");
        weightEditor = new WeightEditor((link, v) -> {
            controller.loop().edit(session -> session.setWeight(link[0], link[1], link[2], v));
            controller.messageProperty().set("");
        }, typed -> controller.messageProperty().set(I18n.get().text("playground.error.weight", typed)));
        getChildren().addAll(canvas, layerButtons, weightEditor);
        canvas.setOnMouseMoved(e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            hoverLink = linkAt(mouseX, mouseY);
            draw();
        });
        canvas.setOnMouseExited(e -> {
            hoverLink = null;
            draw();
        });
        canvas.setOnMouseClicked(e -> click(e.getX(), e.getY()));
        showGradients.addListener(o -> draw());
        controller.configProperty().addListener((o, old, now) -> rebuildHeaders());
        I18n.get().onChange(this, () -> rebuildHeaders());
        rebuildHeaders();
    }

    /** Links and neurons show the last step's gradient instead of the weights. */
    javafx.beans.property.BooleanProperty showGradientsProperty() {
        return showGradients;
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

    Button addLayerButton() {
        return addLayer;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        Pane buttons = (Pane) getChildren().get(1);
        buttons.resizeRelocate(8, 4, buttons.prefWidth(-1), buttons.prefHeight(-1));
        double buttonsBottom = 4 + buttons.prefHeight(-1) + 4;
        layout = newLayout(buttonsBottom + 90);
        double cw = Math.max(60, layout.columnWidth() - 6);
        double headerHeight = 0;
        for (VBox header : layerHeaders) {
            headerHeight = Math.max(headerHeight, header.prefHeight(cw));
        }
        layout = newLayout(buttonsBottom + headerHeight + 16);
        cw = Math.max(60, layout.columnWidth() - 6);
        for (int i = 0; i < layerHeaders.size(); i++) {
            VBox header = layerHeaders.get(i);
            double x = layout.columnX(i + 1) - cw / 2;
            header.resizeRelocate(x, buttonsBottom, cw, header.prefHeight(cw));
        }
        if (weightEditor.isVisible()) {
            weightEditor.autosize();
            weightEditor.toFront();
        }
        draw();
    }

    private NetworkLayout newLayout(double top) {
        PlaygroundConfig c = controller.configProperty().get();
        int[] rows = new int[c.getLayers().size() + 2];
        rows[0] = Feature.values().length;
        for (int i = 0; i < c.getLayers().size(); i++) {
            rows[i + 1] = c.getLayers().get(i).neurons();
        }
        rows[rows.length - 1] = c.outputs();
        return new NetworkLayout(Math.max(1, getWidth()), Math.max(1, getHeight()), top, 60 * textScale(), rows);
    }

    private void changeLayers(int delta) {
        controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
            List<HiddenLayer> layers = new ArrayList<>(c.getLayers());
            if (delta > 0 && layers.size() < PlaygroundConfig.MAX_HIDDEN_LAYERS) {
                Activation a = layers.isEmpty() ? Activation.TANH : layers.get(layers.size() - 1).activation();
                layers.add(new HiddenLayer(layers.isEmpty() ? 4 : layers.get(layers.size() - 1).neurons(), a));
            } else if (delta < 0 && !layers.isEmpty()) {
                layers.remove(layers.size() - 1);
            }
            c.setLayers(layers);
        });
    }

    private void rebuildHeaders() {
        PlaygroundConfig c = controller.configProperty().get();
        I18n i18n = I18n.get();
        layerCount.setText(i18n.text("playground.layers.count", c.getLayers().size()));
        addLayer.setDisable(c.getLayers().size() >= PlaygroundConfig.MAX_HIDDEN_LAYERS || locked(Control.LAYERS));
        removeLayer.setDisable(c.getLayers().isEmpty() || locked(Control.LAYERS));
        getChildren().removeAll(layerHeaders);
        layerHeaders.clear();
        for (int i = 0; i < c.getLayers().size(); i++) {
            VBox header = LayerHeader.create(controller, i);
            layerHeaders.add(header);
            getChildren().add(header);
        }
        getChildren().get(1).setVisible(!hidden(Control.LAYERS));
        requestLayout();
    }

    private boolean locked(Control c) {
        return controller.configProperty().get().getLesson().locks(c);
    }

    private boolean hidden(Control c) {
        return controller.configProperty().get().getLesson().hides(c);
    }

    /** Takes the newest frame and repaints from it. */
    void show(FrameSnapshot snapshot, ColorRamp ramp) {
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
        draw();
    }

    static WritableImage write(WritableImage image, int[] pixels, int res) {
        WritableImage target = image != null && image.getWidth() == res ? image : new WritableImage(res, res);
        target.getPixelWriter().setPixels(0, 0, res, res, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), res);
        return target;
    }

    private List<Feature> enabledFeatures() {
        return controller.configProperty().get().featureList();
    }

    /** Row in the input column of the i-th enabled feature. */
    private int inputRow(int enabledIndex) {
        return enabledFeatures().get(enabledIndex).ordinal();
    }

    private double[] linkEnds(int layer, int from, int to) {
        int fromRow = layer == 0 ? inputRow(from) : from;
        double n = layout.node;
        double ax = layout.nodeLeft(layer) + n;
        double ay = layout.nodeTop(layer, fromRow) + n / 2;
        double bx = layout.nodeLeft(layer + 1);
        double by = layout.nodeTop(layer + 1, to) + n / 2;
        return new double[] {ax, ay, bx, by};
    }

    /** Middle of a link in canvas coordinates (for tests and keyboard-free demos). */
    javafx.geometry.Point2D linkMiddle(int layer, int from, int to) {
        double[] e = linkEnds(layer, from, to);
        return new javafx.geometry.Point2D((e[0] + e[2]) / 2, (e[1] + e[3]) / 2);
    }

    Canvas canvas() {
        return canvas;
    }

    private boolean consistent() {
        return frame != null && layout != null && frame.sizes.length == layout.columns
                && frame.sizes[0] == enabledFeatures().size() && sameRows();
    }

    private boolean sameRows() {
        for (int c = 1; c < layout.columns; c++) {
            if (frame.sizes[c] != layout.rows(c)) {
                return false;
            }
        }
        return true;
    }

    /** {layer, from, to} of the link under the mouse, or null. */
    private int[] linkAt(double x, double y) {
        if (!consistent()) {
            return null;
        }
        int[] best = null;
        double bestDistance = 5;
        for (int l = 0; l < frame.sizes.length - 1; l++) {
            for (int i = 0; i < frame.sizes[l]; i++) {
                for (int j = 0; j < frame.sizes[l + 1]; j++) {
                    double[] e = linkEnds(l, i, j);
                    double d = NetworkLayout.distanceToSegment(x, y, e[0], e[1], e[2], e[3]);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new int[] {l, i, j};
                    }
                }
            }
        }
        return best;
    }

    private void click(double x, double y) {
        if (layout == null) {
            return;
        }
        int[] node = layout.nodeAt(x, y);
        if (node != null && node[0] == 0) {
            if (locked(Control.FEATURES)) {
                return;
            }
            Feature f = Feature.values()[node[1]];
            controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
                Set<Feature> set = EnumSet.noneOf(Feature.class);
                set.addAll(c.getFeatures());
                if (!set.remove(f)) {
                    set.add(f);
                }
                c.setFeatures(set);
            });
            return;
        }
        int[] link = linkAt(x, y);
        if (link != null && !locked(Control.WEIGHTS)) {
            weightEditor.open(link, frame.weight(link[0], link[1], link[2]),
                    Math.min(x, getWidth() - 100), Math.max(0, y - 30));
        }
    }

    /** The UI scale (100 % to 200 %), read from the font the shell's scale gives our labels. */
    private double textScale() {
        return Math.max(1, layerCount.getFont().getSize() / 14.0);
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (layout == null || colors == null) {
            return;
        }
        g.setImageSmoothing(true);
        boolean ok = consistent();
        if (ok) {
            drawLinks(g);
        }
        drawNodes(g, ok);
        if (ok && hoverLink != null) {
            String text;
            if (showGradients.get()) {
                double grad = frame.weightGrad(hoverLink[0], hoverLink[1], hoverLink[2]);
                text = I18n.get().text("playground.link.gradient", String.format(I18n.get().locale(), "%.2e", grad));
            } else {
                double wgt = frame.weight(hoverLink[0], hoverLink[1], hoverLink[2]);
                text = I18n.get().text("playground.link.weight", String.format(I18n.get().locale(), "%.3f", wgt));
            }
            double fs = 13 * textScale();
            g.setFont(Font.font(fs));
            double tw = text.length() * fs * 0.58 + 12;
            double tx = Math.min(mouseX + 12, w - tw - 2);
            g.setFill(Color.rgb(30, 30, 30, 0.85));
            g.fillRoundRect(tx, mouseY - 10 - fs * 1.6, tw, fs * 1.6, 6, 6);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, tx + 6, mouseY - 10 - fs * 0.8);
        }
    }

    private void drawLinks(GraphicsContext g) {
        for (int l = 0; l < frame.sizes.length - 1; l++) {
            for (int i = 0; i < frame.sizes[l]; i++) {
                for (int j = 0; j < frame.sizes[l + 1]; j++) {
                    double[] e = linkEnds(l, i, j);
                    boolean hot = hoverLink != null && hoverLink[0] == l && hoverLink[1] == i && hoverLink[2] == j;
                    double width;
                    int argb;
                    if (showGradients.get()) {
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

    private void drawNodes(GraphicsContext g, boolean ok) {
        double n = layout.node;
        List<Feature> enabled = enabledFeatures();
        g.setFont(Font.font(Math.max(11, Math.min(16, n * 0.3)) * textScale()));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (Feature f : Feature.values()) {
            int r = f.ordinal();
            double x = layout.nodeLeft(0);
            double y = layout.nodeTop(0, r);
            int idx = enabled.indexOf(f);
            g.setGlobalAlpha(idx >= 0 ? 1 : 0.3);
            if (ok && idx >= 0 && idx < inputImages.length) {
                g.drawImage(inputImages[idx], x, y, n, n);
            } else {
                g.setFill(Color.web("#e8eaeb"));
                g.fillRect(x, y, n, n);
            }
            g.setGlobalAlpha(1);
            Color ink = layerCount.getTextFill() instanceof Color c ? c : Color.web("#222");
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
                g.setStroke(layerCount.getTextFill() instanceof Color ink2 ? ink2 : Color.web("#333"));
                g.setLineWidth(1);
                g.strokeRect(x, y, n, n);
                if (ok && showGradients.get() && r < frame.neuronGrads[c - 1].length) {
                    // a dot on the corner as large as the neuron's gradient: small dots learn slowly
                    double radius = 1.5 + 0.22 * n * gradientScale(frame.neuronGrads[c - 1][r]);
                    g.setFill(Color.rgb(200, 30, 90, 0.9));
                    g.fillOval(x + n - radius, y - radius, 2 * radius, 2 * radius);
                }
            }
        }
    }
}
