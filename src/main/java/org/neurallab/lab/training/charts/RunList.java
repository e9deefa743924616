package org.neurallab.lab.training.charts;

import java.text.NumberFormat;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.neurallab.app.I18n;

/** Earlier runs, newest first: tick a run to overlay its curves on the current one. */
public final class RunList extends ListView<RunRecord> {
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();

    public RunList() {
        setItems(runs);
        setId("run-list");
        getStyleClass().add("run-list");
        setCellFactory(v -> new RunCell());
        Label empty = new Label();
        empty.textProperty().bind(I18n.get().bind("training.runs.none"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        I18n.get().onChange(this, () -> refresh());
    }

    public void add(RunRecord run) {
        runs.add(0, run);
        run.testAccuracyProperty().addListener(o -> refresh());
    }

    public ObservableList<RunRecord> runs() {
        return runs;
    }

    private static final class RunCell extends ListCell<RunRecord> {
        @Override
        protected void updateItem(RunRecord run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox shown = new CheckBox();
            shown.selectedProperty().bindBidirectional(run.shownProperty());
            Rectangle swatch = new Rectangle(18, 6, run.color());
            NumberFormat pct = NumberFormat.getPercentInstance(I18n.get().locale());
            pct.setMaximumFractionDigits(1);
            StringBuilder text = new StringBuilder(I18n.get().text("training.runs.item", run.number(), run.description()));
            if (Double.isFinite(run.lastAccuracy())) {
                text.append("  ·  ").append(I18n.get().text("training.runs.accuracy", pct.format(run.lastAccuracy())));
            }
            double test = run.testAccuracyProperty().get();
            if (Double.isFinite(test)) {
                text.append("  ·  ").append(I18n.get().text("training.runs.test", pct.format(test)));
            }
            Label label = new Label(text.toString());
            label.setWrapText(true);
            HBox row = new HBox(8, shown, swatch, label);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
