package org.neurallab.lab.training;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Start / Pause / Resume / Stop / Step and the file actions, as one wrapping tool bar. */
final class RunButtons extends FlowPane {
    final Button start = button("run-start", "mdi2p-play", "training.run.start");
    final Button pause = button("run-pause", "mdi2p-pause", "training.run.pause");
    final Button resume = button("run-resume", "mdi2p-play-pause", "training.run.resume");
    final Button stop = button("run-stop", "mdi2s-stop", "training.run.stop");
    final Button step = button("run-step", "mdi2s-step-forward", "training.run.step");
    final Button save = button("model-save", "mdi2c-content-save", "training.file.save");
    final Button load = button("model-load", "mdi2f-folder-open", "training.file.load");
    final Button exportPng = button("export-png", "mdi2i-image", "training.file.exportPng");
    final Button exportCsv = button("export-csv", "mdi2f-file-delimited", "training.file.exportCsv");

    RunButtons() {
        super(8, 6);
        getStyleClass().add("run-buttons");
        start.getStyleClass().add("accent");
        stop.getStyleClass().add("danger");
        Tooltip stepTip = new Tooltip();
        stepTip.textProperty().bind(TrainingText.bind("training.run.stepTip"));
        step.setTooltip(stepTip);
        javafx.scene.control.Separator gap = new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
        getChildren().addAll(start, pause, resume, stop, step, gap, save, load, exportPng, exportCsv);
        pause.managedProperty().bind(pause.visibleProperty());
        resume.managedProperty().bind(resume.visibleProperty());
    }

    private static Button button(String id, String icon, String key) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(new FontIcon(icon));
        b.textProperty().bind(TrainingText.bind(key));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }
}
