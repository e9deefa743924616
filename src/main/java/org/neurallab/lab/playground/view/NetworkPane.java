package org.neurallab.lab.playground.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
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
 * its sign (or, with gradients shown, by the last step's gradient; {@link NetworkPainter} paints). Hovering a
 * link shows its value, clicking it opens a field to type a new weight.
 */
final class NetworkPane extends Pane {
    private final PlaygroundController controller;
    private final Canvas canvas = new Canvas();
    private final WeightEditor weightEditor;
    private final Button addLayer = new Button("+");
    private final Button removeLayer = new Button("\u2212");
    private final Label layerCount = new Label();
    private final List<VBox> layerHeaders = new ArrayList<>();
    private final NetworkPainter painter = new NetworkPainter();
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
        showGradients.addListener(o -> {
            painter.showGradients(showGradients.get());
            draw();
        });
        controller.configProperty().addListener((o, old, now) -> rebuildHeaders());
        I18n.get().onChange(this, () -> rebuildHeaders());
        rebuildHeaders();
    }

    /** Links and neurons show the last step's gradient instead of the weights. */
    javafx.beans.property.BooleanProperty showGradientsProperty() {
        return showGradients;
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
        painter.take(snapshot, ramp);
        draw();
    }

    private List<Feature> enabledFeatures() {
        return controller.configProperty().get().featureList();
    }

    private double[] linkEnds(int layer, int from, int to) {
        return NetworkPainter.linkEnds(layout, enabledFeatures(), layer, from, to);
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
        return painter.matches(layout, enabledFeatures());
    }

    /** {layer, from, to} of the link under the mouse, or null. */
    private int[] linkAt(double x, double y) {
        if (!consistent()) {
            return null;
        }
        FrameSnapshot frame = painter.frame();
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
            weightEditor.open(link, painter.frame().weight(link[0], link[1], link[2]),
                    Math.min(x, getWidth() - 100), Math.max(0, y - 30));
        }
    }

    /** The UI scale (100 % to 200 %), read from the font the shell's scale gives our labels. */
    private double textScale() {
        return Math.max(1, layerCount.getFont().getSize() / 14.0);
    }

    void draw() {
        Color ink = layerCount.getTextFill() instanceof Color c ? c : Color.web("#222");
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                new NetworkPainter.Scene(layout, enabledFeatures(), ink, textScale(), hoverLink, mouseX, mouseY));
    }
}
