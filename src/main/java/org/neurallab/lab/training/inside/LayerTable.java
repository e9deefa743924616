package org.neurallab.lab.training.inside;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.neurallab.app.I18n;
import org.neurallab.lab.training.builder.LayerTexts;
import org.neurallab.train.inside.LayerStats;

/**
 * One row per watched layer: its name, mean ± spread of its outputs, their histogram, the share of dead
 * ReLUs, the gradient norm and the update-to-weight ratio, marked when outside the healthy range. Rows are
 * made when the layers change (a new model) and only updated otherwise.
 */
final class LayerTable extends GridPane {
    private static final String[] HEADERS = {"trainInside.layer", "trainInside.outputs", "trainInside.histogram",
        "trainInside.dead", "trainInside.gradient", "trainInside.update"};
    private static final String[] HELP = {null, "trainInside.help.outputs", "trainInside.help.outputs",
        "trainInside.help.dead", "trainInside.help.gradient", "trainInside.help.update"};

    private final List<Row> rows = new ArrayList<>();
    private List<LayerStats> shown = List.of();

    LayerTable() {
        setId("inside-layers");
        getStyleClass().add("inside-layers");
        setHgap(10);
        setVgap(4);
        for (int c = 0; c < HEADERS.length; c++) {
            Label header = new Label();
            header.textProperty().bind(I18n.get().bind(HEADERS[c]));
            header.getStyleClass().add("inside-header");
            header.setMinWidth(Region.USE_PREF_SIZE);
            if (HELP[c] != null) {
                Tooltip tip = I18n.get().tooltip(HELP[c]);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                header.setTooltip(tip);
            }
            add(header, c, 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(c >= 3 ? HPos.RIGHT : HPos.LEFT);
            header.setTextAlignment(c >= 3 ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
            getColumnConstraints().add(column);
        }
    }

    /** Shows a batch's layers; an empty list clears the table. */
    void show(List<LayerStats> layers) {
        if (!sameLayers(layers)) {
            getChildren().removeIf(n -> getRowIndex(n) != null && getRowIndex(n) > 0);
            rows.clear();
            for (int i = 0; i < layers.size(); i++) {
                Row row = new Row();
                addRow(i + 1, row.name, row.outputs, row.histogram, row.dead, row.gradient, row.update);
                rows.add(row);
            }
        }
        shown = List.copyOf(layers);
        refresh();
    }

    /** Writes the numbers again (a new batch, or the language changed). */
    void refresh() {
        double largest = 0;
        for (LayerStats s : shown) {
            if (s.hasWeights() && Double.isFinite(s.gradientNorm())) {
                largest = Math.max(largest, s.gradientNorm());
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            rows.get(i).show(shown.get(i), largest);
        }
    }

    int rowCount() {
        return rows.size();
    }

    /** The texts of row i (name, outputs, dead, gradient, update), for tests. */
    List<String> rowTexts(int i) {
        Row r = rows.get(i);
        return List.of(r.name.getText(), r.outputs.getText(), r.dead.getText(), r.gradient.getText(), r.update.getText());
    }

    HistogramView histogram(int i) {
        return rows.get(i).histogram;
    }

    private boolean sameLayers(List<LayerStats> layers) {
        if (layers.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).index() != shown.get(i).index() || !layers.get(i).spec().equals(shown.get(i).spec())) {
                return false;
            }
        }
        return true;
    }

    /** A number in a few significant digits: 0.0231, 1.52, 318; very small or large ones as 1.2e-5. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return I18n.get().text("trainInside.noValue");
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a >= 1e-3 && a < 1e5) {
            int decimals = Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(a))));
            return I18n.get().number(v, decimals);
        }
        return String.format(Locale.ROOT, "%.1e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
    }

    private static final class Row {
        final Label name = new Label();
        final Label outputs = new Label();
        final HistogramView histogram = new HistogramView(96, 26);
        final Label dead = new Label();
        final Label gradient = new Label();
        final Label update = new Label();
        final Tooltip range = new Tooltip();

        Row() {
            for (Label l : List.of(name, outputs, dead, gradient, update)) {
                l.getStyleClass().add("inside-cell");
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            name.getStyleClass().add("inside-name");
            name.fontProperty().addListener((o, old, font) -> histogram.fitFont(font.getSize()));
            Tooltip.install(histogram, range);
        }

        void show(LayerStats s, double largestGradient) {
            name.setText(I18n.get().text("trainInside.layerName", s.index() + 1, LayerTexts.describe(s.spec())));
            outputs.setText(number(s.mean()) + " ± " + number(s.spread()));
            histogram.show(s.histogram(), s.min(), s.max());
            range.setText(I18n.get().text("trainInside.range", number(s.min()), number(s.max())));
            NumberFormat percent = NumberFormat.getPercentInstance(I18n.get().locale());
            dead.setText(s.relu() ? percent.format(s.deadShare()) : I18n.get().text("trainInside.noValue"));
            mark(dead, s.relu() ? Health.dead(s.deadShare()) : Health.OK);
            gradient.setText(number(s.gradientNorm()));
            mark(gradient, s.hasWeights() ? Health.gradient(s.gradientNorm(), largestGradient) : Health.OK);
            update.setText(number(s.updateRatio()));
            mark(update, s.hasWeights() ? Health.update(s.updateRatio()) : Health.OK);
        }

        private static void mark(Label label, Health health) {
            label.getStyleClass().removeAll(Health.STYLES);
            if (health.style() != null) {
                label.getStyleClass().add(health.style());
            }
        }
    }
}
