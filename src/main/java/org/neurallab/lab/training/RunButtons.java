package org.neurallab.lab.training;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.neurallab.app.I18n;


/** Start / Pause / Resume / Stop / Step, the dropout twin, and a menu for saving, loading and exporting, as one wrapping bar. */
final class RunButtons extends FlowPane {
    final Button start = button("run-start", "mdi2p-play", "training.run.start");
    final Button pause = button("run-pause", "mdi2p-pause", "training.run.pause");
    final Button resume = button("run-resume", "mdi2p-play-pause", "training.run.resume");
    final Button stop = button("run-stop", "mdi2s-stop", "training.run.stop");
    final Button step = button("run-step", "mdi2s-step-forward", "training.run.step");
    /** "Run again without dropout" / "with dropout"; in a holder that shows its tooltip even while disabled. */
    final Button twin = button("run-twin", "mdi2c-compare-horizontal", "training.twin.without");
    final StackPane twinHolder = new StackPane(twin);
    final Tooltip twinTip = new Tooltip();
    final MenuButton file = new MenuButton();
    final MenuItem save = item("model-save", "mdi2c-content-save", "training.file.save");
    final MenuItem load = item("model-load", "mdi2f-folder-open", "training.file.load");
    final MenuItem exportPng = item("export-png", "mdi2i-image", "training.file.exportPng");
    final MenuItem exportCsv = item("export-csv", "mdi2f-file-delimited", "training.file.exportCsv");

    RunButtons() {
        super(8, 6);
        getStyleClass().add("run-buttons");
        start.getStyleClass().add("accent");
        stop.getStyleClass().add("danger");
        Tooltip stepTip = new Tooltip();
        stepTip.textProperty().bind(I18n.get().bind("training.run.stepTip"));
        step.setTooltip(stepTip);
        file.setId("file-menu");
        file.setGraphic(new FontIcon("mdi2f-file-outline"));
        file.textProperty().bind(I18n.get().bind("training.file.menu"));
        file.setMinWidth(MenuButton.USE_PREF_SIZE);
        file.getItems().addAll(save, load, new SeparatorMenuItem(), exportPng, exportCsv);
        twinHolder.setId("run-twin-holder");
        getChildren().addAll(start, pause, resume, stop, step, twinHolder, file);
        pause.managedProperty().bind(pause.visibleProperty());
        resume.managedProperty().bind(resume.visibleProperty());
    }

    /**
     * The twin button follows what the last run allows: its text says "without" or "with", its tooltip what
     * it starts or why it cannot (a disabled button shows no tooltip of its own, so its holder carries it).
     */
    void bindTwin(ObservableValue<DropoutTwin.Action> action, ObservableBooleanValue idle) {
        twin.textProperty().bind(I18n.get().live(() -> I18n.get().text(
                action.getValue() == DropoutTwin.Action.WITH ? "training.twin.with" : "training.twin.without"), action));
        twin.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !idle.get() || !action.getValue().possible(), action, idle));
        twinTip.setWrapText(true);
        twinTip.setMaxWidth(420);
        twinTip.textProperty().bind(I18n.get().live(() -> I18n.get().text(action.getValue().tipKey()), action));
        Tooltip.install(twinHolder, twinTip);
    }

    private static Button button(String id, String icon, String key) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.textProperty().bind(I18n.get().bind(key));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static MenuItem item(String id, String icon, String key) {
        MenuItem m = new MenuItem(null, new FontIcon(icon));
        m.setId(id);
        m.textProperty().bind(I18n.get().bind(key));
        return m;
    }
}
