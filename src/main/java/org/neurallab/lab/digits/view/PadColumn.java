package org.neurallab.lab.digits.view;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.digits.pad.DrawingPad;
import org.neurallab.lab.digits.pad.PadPipeline;

/** The pad with its tools (eraser, undo, clear, sample) and the hint below; as wide as the pad. */
public final class PadColumn extends VBox {
    private final Label hint = new Label();
    private final Button sample = new Button();

    public PadColumn(I18n i18n, DrawingPad pad, Runnable onSample) {
        super(8);
        ToggleButton eraser = new ToggleButton();
        eraser.textProperty().bind(i18n.bind("digits.pad.eraser"));
        eraser.setId("digits-eraser");
        pad.eraserProperty().bind(eraser.selectedProperty());
        Button undo = new Button();
        undo.textProperty().bind(i18n.bind("digits.pad.undo"));
        undo.setId("digits-undo");
        undo.setOnAction(e -> pad.undo());
        Button clear = new Button();
        clear.textProperty().bind(i18n.bind("digits.pad.clear"));
        clear.setId("digits-clear");
        clear.setOnAction(e -> pad.clear());
        sample.textProperty().bind(i18n.bind("digits.pad.sample"));
        sample.setId("digits-sample");
        sample.setOnAction(e -> onSample.run());
        FlowPane tools = new FlowPane(6, 6, eraser, undo, clear, sample);
        tools.prefWrapLengthProperty().bind(pad.widthProperty());
        hint.setId("digits-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("digits-hint");
        hint.maxWidthProperty().bind(pad.widthProperty());
        getChildren().addAll(pad, tools, hint);
        setFillWidth(false);
        // The column is as wide as the pad; long hints wrap instead of widening it.
        prefWidthProperty().bind(pad.scaleProperty().multiply(PadPipeline.PAD_SIZE).add(2));
        setMinWidth(USE_PREF_SIZE);
    }

    public Label hint() {
        return hint;
    }

    /** The sample button is for MNIST and Fashion; the student's own classes have no test images. */
    public void setSampleShown(boolean shown) {
        sample.setVisible(shown);
        sample.setManaged(shown);
    }
}
