package org.neurallab.lab.training.inside;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.train.inside.FilterImages;
import org.neurallab.train.inside.InsideSnapshot;

/**
 * The Training lab's live look inside the network: per layer the outputs' mean, spread and histogram, the
 * share of dead ReLUs, the gradient norm and the update-to-weight ratio, beside the first layer's weights
 * as pictures, with what healthy values look like. It shows the run controller's latest snapshot (set at
 * most once per frame; the worker made it, nothing here touches the model) and draws only while it is on
 * screen; hidden, it draws the latest one when it is shown again.
 */
public final class InsidePane extends ScrollPane {
    private final ObservableValue<InsideSnapshot> source;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);
    private final Label header = new Label();
    private final LayerTable table = new LayerTable();
    private final Label filtersTitle = new Label();
    private final FilterView filters = new FilterView(28);
    private final Label legend = new Label();
    private boolean active = true;
    private boolean dirty = true;
    private InsideSnapshot drawn;

    public InsidePane(ObservableValue<InsideSnapshot> source) {
        this.source = source;
        setId("inside-pane");
        getStyleClass().add("inside-pane");
        header.setId("inside-batch");
        header.setWrapText(true);
        header.getStyleClass().add("inside-batch");
        filters.setId("inside-filters");
        filtersTitle.setWrapText(true);
        filtersTitle.setMaxWidth(FilterView.COLUMNS * 32 + 12);
        filtersTitle.getStyleClass().add("inside-filters-title");
        legend.textProperty().bind(I18n.get().bind("trainInside.filters.legend"));
        legend.getStyleClass().add("inside-legend");
        legend.setWrapText(true);
        legend.setMaxWidth(FilterView.COLUMNS * 32 + 12);
        VBox pictures = new VBox(4, filtersTitle, filters, legend);
        header.fontProperty().addListener((o, old, font) -> {
            filters.fitFont(font.getSize());
            filtersTitle.setMaxWidth(filters.getWidth() + 12);
            legend.setMaxWidth(filters.getWidth() + 12);
        });
        HBox body = new HBox(14, table, pictures);
        body.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(table, Priority.ALWAYS);

        VBox help = new VBox(3, title("trainInside.help.title"), helpLine("trainInside.help.outputs"),
                helpLine("trainInside.help.dead"), helpLine("trainInside.help.gradient"),
                helpLine("trainInside.help.update"), helpLine("trainInside.help.filters"));
        help.getStyleClass().add("inside-help");
        VBox content = new VBox(8, header, body, help);
        content.setPadding(new Insets(8));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.AS_NEEDED);

        source.addListener((o, old, now) -> refresh());
        selected.addListener((o, old, now) -> refresh());
        I18n.get().onChange(this, () -> {
            dirty = true;
            refresh();
        });
        render(null);
    }

    private static Label title(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind(key));
        l.getStyleClass().add("section-subtitle");
        return l;
    }

    private static Label helpLine(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind(key));
        l.setWrapText(true);
        l.getStyleClass().add("inside-help-line");
        return l;
    }

    /** Whether the pane's tab is the selected one (bound by the lab). */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Whether the lab is on screen. */
    public void setActive(boolean active) {
        this.active = active;
        refresh();
    }

    private void refresh() {
        InsideSnapshot now = source.getValue();
        if (!active || !selected.get()) {
            return; // drawn when shown again: the snapshot differs from the drawn one
        }
        if (dirty || now != drawn) {
            render(now);
        }
    }

    private void render(InsideSnapshot s) {
        drawn = s;
        dirty = false;
        if (s == null) {
            header.setText(I18n.get().text("trainInside.none"));
            table.show(List.of());
            filtersTitle.setText("");
            filters.show(null);
            legend.setVisible(false);
            return;
        }
        header.setText(I18n.get().text("trainInside.batch", s.batch(), s.epoch()));
        table.show(s.layers());
        FilterImages f = s.filters();
        filters.show(f);
        legend.setVisible(f != null);
        filtersTitle.setText(f == null ? I18n.get().text("trainInside.filters.none") : filterTitle(s, f));
    }

    private static String filterTitle(InsideSnapshot s, FilterImages f) {
        var first = s.layers().stream().filter(l -> l.hasWeights()).findFirst();
        int units = first.map(l -> l.units()).orElse(f.count());
        boolean conv = first.isPresent() && first.get().spec() instanceof org.neurallab.engine.model.LayerSpec.Conv2D;
        return conv ? I18n.get().text("trainInside.filters.conv", f.count(), units, f.width())
                : I18n.get().text("trainInside.filters.dense", f.count(), units);
    }

    // --- for tests ---

    public int layerRows() {
        return table.rowCount();
    }

    public List<String> rowTexts(int row) {
        return table.rowTexts(row);
    }

    public int[] histogram(int row) {
        return table.histogram(row).counts();
    }

    public int filterPictures() {
        return filters.shown();
    }

    public String batchText() {
        return header.getText();
    }

    /** The snapshot on screen (null before the first batch). */
    public InsideSnapshot shown() {
        return drawn;
    }
}
