package org.neurallab.lab.digits.view;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.lab.digits.model.LayerView;

/**
 * Inside the network for the current drawing: every convolution and pooling layer's feature maps, the dense
 * layers' activations as rows of cells, and the first layer's learned filters. Hovering shows the values.
 */
public final class FeatureMapsView extends VBox {
    private static final double MAP_SIZE = 52;
    private static final double CELL = 12;
    private static final int CELLS_PER_ROW = 20;

    private final Label hover = new Label();
    private final VBox sections = new VBox();
    private final ObservableDoubleValue scale;
    private final BiFunction<String, Object[], String> text;
    private Locale locale = Locale.ENGLISH;
    private String structure = "";
    private final List<Runnable> updaters = new ArrayList<>();
    private List<LayerView> shownLayers = List.of();
    private LayerView shownFilters;

    /** @param text translates a key with arguments (the page's I18n) */
    public FeatureMapsView(ObservableDoubleValue scale, BiFunction<String, Object[], String> text) {
        this.scale = scale;
        this.text = text;
        getStyleClass().add("feature-maps");
        setSpacing(10);
        hover.getStyleClass().add("hover-info");
        hover.setId("digits-hover");
        hover.setText(text.apply("digits.inside.hoverHint", new Object[0]));
        hover.setWrapText(true);
        sections.setSpacing(14);
        getChildren().addAll(hover, sections);
        scale.addListener((obs, old, now) -> {
            structure = "";
            show(shownLayers, shownFilters, locale);
        });
    }

    /** Shows the layers of one reading (rebuilding nodes only when the model changed). */
    public void show(List<LayerView> layers, LayerView filters, Locale newLocale) {
        if (!newLocale.equals(locale)) {
            hover.setText(text.apply("digits.inside.hoverHint", new Object[0]));
        }
        this.locale = newLocale;
        this.shownLayers = layers;
        this.shownFilters = filters;
        String key = describe(layers, filters) + newLocale;
        if (!key.equals(structure)) {
            structure = key;
            rebuild(layers, filters);
        }
        updaters.forEach(Runnable::run);
    }

    private static String describe(List<LayerView> layers, LayerView filters) {
        StringBuilder sb = new StringBuilder();
        for (LayerView v : layers) {
            sb.append(v.index()).append(v.kind()).append(java.util.Arrays.toString(v.shape()));
        }
        return sb.append(filters == null ? "-" : java.util.Arrays.toString(filters.shape())).toString();
    }

    private void rebuild(List<LayerView> layers, LayerView filters) {
        sections.getChildren().clear();
        updaters.clear();
        if (layers.isEmpty()) {
            Label none = new Label(text.apply("digits.inside.none", new Object[0]));
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            sections.getChildren().add(none);
        }
        for (int i = 0; i < layers.size(); i++) {
            final int index = i;
            LayerView v = layers.get(i);
            boolean last = i == layers.size() - 1;
            String title = v.isImage()
                    ? text.apply("digits.inside.maps", new Object[] {v.index() + 1, v.kind(), v.channels(),
                        v.height(), v.width()})
                    : text.apply(last ? "digits.inside.output" : "digits.inside.dense",
                        new Object[] {v.index() + 1, v.kind(), v.channels()});
            sections.getChildren().add(section(title, v.isImage()
                    ? maps(() -> shownLayers.get(index), false)
                    : cells(() -> shownLayers.get(index))));
        }
        if (filters != null) {
            sections.getChildren().add(section(text.apply("digits.inside.filters", new Object[] {filters.channels(),
                filters.height(), filters.width()}), maps(() -> shownFilters, true)));
        }
    }

    private Node section(String title, Node body) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        VBox box = new VBox(4, label, body);
        box.getStyleClass().add("feature-section");
        return box;
    }

    private Node maps(java.util.function.Supplier<LayerView> source, boolean weights) {
        FlowPane pane = new FlowPane(3, 3);
        LayerView first = source.get();
        double side = MAP_SIZE * scale.get() * (first.height() < 8 ? 0.75 : 1);
        List<ImageView> views = new ArrayList<>();
        for (int c = 0; c < first.channels(); c++) {
            final int channel = c;
            ImageView view = GrayImages.view(side);
            view.getStyleClass().add("feature-map");
            view.setOnMouseMoved(e -> hoverMap(source.get(), channel, e, side, weights));
            views.add(view);
            pane.getChildren().add(view);
        }
        updaters.add(() -> {
            LayerView v = source.get();
            if (v == null) {
                return;
            }
            float max = 1e-6f;
            for (float x : v.values()) {
                max = Math.max(max, x);
            }
            for (int c = 0; c < views.size() && c < v.channels(); c++) {
                // One brightness scale for the whole layer, so strong and weak maps can be compared.
                GrayImages.show(views.get(c), weights ? GrayImages.diverging(v.map(c), v.width(), v.height())
                        : GrayImages.scaled(v.map(c), v.width(), v.height(), 0, max));
            }
        });
        return pane;
    }

    private void hoverMap(LayerView v, int channel, MouseEvent e, double side, boolean weights) {
        if (v == null) {
            return;
        }
        int x = (int) Math.min(v.width() - 1, e.getX() / side * v.width());
        int y = (int) Math.min(v.height() - 1, e.getY() / side * v.height());
        float value = v.values()[channel * v.width() * v.height() + y * v.width() + x];
        hover.setText(text.apply(weights ? "digits.inside.hoverFilter" : "digits.inside.hoverMap",
                new Object[] {channel + 1, x, y, format(value)}));
    }

    private Node cells(java.util.function.Supplier<LayerView> source) {
        LayerView first = source.get();
        int n = first.channels();
        int perRow = Math.min(CELLS_PER_ROW, n);
        int rows = (n + perRow - 1) / perRow;
        double cell = (n <= 10 ? 2.2 : 1) * CELL * scale.get();
        Canvas canvas = new Canvas(perRow * cell, rows * cell);
        canvas.getStyleClass().add("dense-cells");
        canvas.setOnMouseMoved(e -> {
            int col = (int) (e.getX() / cell);
            int row = (int) (e.getY() / cell);
            int unit = row * perRow + col;
            LayerView v = source.get();
            if (v != null && unit >= 0 && unit < v.channels() && col < perRow) {
                hover.setText(text.apply("digits.inside.hoverUnit", new Object[] {unit + 1, format(v.values()[unit])}));
            }
        });
        updaters.add(() -> {
            LayerView v = source.get();
            if (v == null) {
                return;
            }
            GraphicsContext g = canvas.getGraphicsContext2D();
            float max = 1e-6f;
            for (float x : v.values()) {
                max = Math.max(max, Math.abs(x));
            }
            for (int u = 0; u < v.channels(); u++) {
                double t = Math.min(1, Math.abs(v.values()[u]) / max);
                g.setFill(Color.gray(t));
                g.fillRect((u % perRow) * cell, (u / perRow) * cell, cell - 1, cell - 1);
            }
        });
        return canvas;
    }

    private String format(float value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(3);
        f.setMinimumFractionDigits(3);
        return f.format(value);
    }

    /** The hover text (for tests). */
    public String hoverText() {
        return hover.getText();
    }
}
