package org.neurallab.lab.digits.view;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.neurallab.app.I18n;
import org.neurallab.lab.digits.pad.DrawingPad;
import org.neurallab.lab.digits.pad.PadPipeline;

/** The pad with its tools (pens, eraser, undo, clear, sample) and the hint below; as wide as the pad. */
public final class PadColumn extends VBox {
    private final Label hint = new Label();
    private final Button sample = new Button();
    private static final String[] PEN_NAMES = {"thin", "medium", "thick"};

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
        FlowPane tools = new FlowPane(6, 6);
        // the three pens read as one control (the theme's pill segments), so the tools take two rows, not three
        HBox penChoice = new HBox(pens(i18n, pad, eraser));
        penChoice.setId("digits-pens");
        tools.getChildren().add(penChoice);
        tools.getChildren().addAll(eraser, undo, clear, sample);
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

    /**
     * One toggle per pen width; one is always selected, and it sets the width of the next strokes. Picking a
     * pen puts the eraser away.
     */
    private static ToggleButton[] pens(I18n i18n, DrawingPad pad, ToggleButton eraser) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton[] pens = new ToggleButton[PEN_NAMES.length];
        for (int i = 0; i < pens.length; i++) {
            double width = PadPipeline.PEN_WIDTHS[i];
            ToggleButton pen = new ToggleButton();
            pen.textProperty().bind(i18n.bind("digits.pad.pen." + PEN_NAMES[i]));
            pen.setTooltip(i18n.tooltip("digits.pad.pen." + PEN_NAMES[i] + ".tip"));
            pen.setId("digits-pen-" + PEN_NAMES[i]);
            pen.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == pens.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            pen.setToggleGroup(group);
            pen.setSelected(width == pad.penWidthProperty().get());
            pen.setOnAction(e -> {
                pad.penWidthProperty().set(width);
                eraser.setSelected(false);
            });
            pens[i] = pen;
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        return pens;
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
