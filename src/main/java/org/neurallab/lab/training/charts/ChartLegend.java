package org.neurallab.lab.training.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import org.neurallab.app.I18n;
import org.neurallab.ui.chart.Series;

/**
 * The one legend above the loss and accuracy charts: the current run's three curves under its name, then
 * one entry per earlier run ticked for comparison in the run's colour (its training curve solid, its
 * validation curve dashed, as for the current run). It is always one line high: when the entries are wider than the charts, a scroll bar appears
 * under them (the mouse wheel scrolls it too) instead of new rows that would push the charts down.
 */
public final class ChartLegend extends ScrollPane {
    private static final double SWATCH = 26;
    /** The names of the current run's curves: per batch (smoothed), per epoch, validation. */
    private static final String[] CURVE_KEYS = {"training.chart.batch", "training.chart.train", "training.chart.val"};

    private final HBox row = new HBox(14);
    private final List<String> names = new ArrayList<>();

    ChartLegend() {
        setContent(row);
        setId("chart-legend");
        getStyleClass().add("chart-legend");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("chart-legend-row");
        setFitToHeight(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // Its width never widens the charts' grid; its height is its one line (and the bar when needed).
        setMinWidth(0);
        setPrefWidth(100);
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        InvalidationListener fit = o -> setHbarPolicy(overflows() ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.NEVER);
        row.widthProperty().addListener(fit);
        viewportBoundsProperty().addListener(fit);
        addEventFilter(ScrollEvent.SCROLL, e -> {
            double hidden = row.getWidth() - getViewportBounds().getWidth();
            if (hidden > 0 && e.getDeltaX() == 0 && e.getDeltaY() != 0) {
                setHvalue(Math.max(0, Math.min(1, getHvalue() - e.getDeltaY() / hidden)));
                e.consume();
            }
        });
    }

    /** Whether the entries are wider than the space the charts give them. */
    public boolean overflows() {
        return row.getWidth() > getViewportBounds().getWidth() + 0.5;
    }

    /** The run names the legend lists, current run first. */
    public List<String> runNames() {
        return List.copyOf(names);
    }

    /** The legend's entries (run names and curve names) as nodes, for tests. */
    public List<Node> entries() {
        return List.copyOf(row.getChildren());
    }

    void show(RunRecord current, List<RunRecord> overlaid) {
        row.getChildren().clear();
        names.clear();
        if (current != null) {
            names.add(current.name());
            Label head = new Label(current.name());
            head.getStyleClass().add("legend-current");
            row.getChildren().add(head);
            List<Series> curves = List.of(current.batchLoss, current.epochLoss, current.valLoss);
            for (int i = 0; i < curves.size(); i++) {
                Series s = curves.get(i);
                row.getChildren().add(entry(I18n.get().text(CURVE_KEYS[i]), line(s.color(), s.dashed())));
            }
        }
        for (RunRecord r : overlaid) {
            names.add(r.name());
            // its colour only: solid and dashed mean training and validation as for the current run
            Label item = entry(r.name(), line(r.color(), false));
            item.getStyleClass().add("legend-run");
            Tooltip tip = new Tooltip(I18n.get().text("training.runs.legendTip", r.description()));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            item.setTooltip(tip);
            row.getChildren().add(item);
        }
        setHvalue(0);
    }

    /** A name with its line in front; the line grows with the text when the UI is scaled (200 %). */
    private static Label entry(String text, Line swatch) {
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-item");
        l.setMinWidth(Label.USE_PREF_SIZE);
        DoubleBinding scale = Bindings.createDoubleBinding(() -> l.getFont().getSize() / 15, l.fontProperty());
        swatch.endXProperty().bind(scale.multiply(SWATCH));
        swatch.strokeWidthProperty().bind(scale.multiply(4));
        if (!swatch.getStrokeDashArray().isEmpty()) {
            scale.addListener((o, was, now) -> dashes(swatch, now.doubleValue()));
            dashes(swatch, scale.get());
        }
        return l;
    }

    private static Line line(Color color, boolean dashed) {
        Line line = new Line(0, 0, SWATCH, 0);
        line.setStroke(color);
        line.setStrokeLineCap(StrokeLineCap.BUTT); // square caps would close the gaps between dashes
        if (dashed) {
            dashes(line, 1);
        }
        return line;
    }

    private static void dashes(Line line, double scale) {
        line.getStrokeDashArray().setAll(6.0 * scale, 4.0 * scale);
    }
}
