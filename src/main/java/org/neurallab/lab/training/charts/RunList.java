package org.neurallab.lab.training.charts;

import java.text.NumberFormat;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
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

    /** One earlier run: its tick (the student's choice), its colour and what it was. */
    private static final class RunCell extends ListCell<RunRecord> {
        private final CheckBox tick = new CheckBox();
        private final Rectangle swatch = new Rectangle(18, 6);
        private final Label label = new Label();
        private final HBox row = new HBox(8, tick, swatch, label);
        private RunRecord bound;

        RunCell() {
            tick.getStyleClass().add("run-tick");
            label.setWrapText(true);
            row.setAlignment(Pos.CENTER_LEFT);
            tick.setOnAction(e -> {
                if (bound != null) {
                    bound.choose(tick.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(RunRecord run, boolean empty) {
            super.updateItem(run, empty);
            if (bound != null) {
                tick.selectedProperty().unbindBidirectional(bound.shownProperty());
                bound = null;
            }
            setText(null);
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            bound = run;
            tick.selectedProperty().bindBidirectional(run.shownProperty());
            swatch.setFill(run.color());
            NumberFormat pct = NumberFormat.getPercentInstance(I18n.get().locale());
            pct.setMaximumFractionDigits(1);
            StringBuilder text = new StringBuilder(I18n.get().text("training.runs.item", run.name(), run.description()));
            if (Double.isFinite(run.lastAccuracy())) {
                text.append("  ·  ").append(I18n.get().text("training.runs.accuracy", pct.format(run.lastAccuracy())));
            }
            double test = run.testAccuracyProperty().get();
            if (Double.isFinite(test)) {
                text.append("  ·  ").append(I18n.get().text("training.runs.test", pct.format(test)));
            }
            label.setText(text.toString());
            tick.setAccessibleText(run.name());
            setGraphic(row);
        }
    }
}
