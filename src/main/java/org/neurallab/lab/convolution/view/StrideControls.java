package org.neurallab.lab.convolution.view;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.ConvolutionLab;
import org.neurallab.lab.convolution.PaddingMode;

/** Stride (typed, so a 0 or a word gets a message) and padding valid / same / n. */
public class StrideControls extends GridPane {
    private final TextField stride = new TextField("1");
    private final ComboBox<PaddingMode> padding = new ComboBox<>();
    private final Spinner<Integer> customPadding = new Spinner<>(0, ConvolutionLab.MAX_PADDING, 1);
    private final Label strideMessage = new Label();

    public StrideControls(ConvolutionLab lab, Runnable onChange) {
        setHgap(8);
        setVgap(6);
        Label strideLabel = new Label();
        strideLabel.textProperty().bind(I18n.get().bind("convolution.stride.label"));
        Label paddingLabel = new Label();
        paddingLabel.textProperty().bind(I18n.get().bind("convolution.padding.label"));
        strideLabel.setMinWidth(Region.USE_PREF_SIZE);
        paddingLabel.setMinWidth(Region.USE_PREF_SIZE);
        stride.setMaxWidth(70);
        stride.setId("conv-stride");
        stride.setPrefColumnCount(3);
        stride.setAlignment(Pos.CENTER);
        strideMessage.getStyleClass().add("danger");
        strideMessage.setWrapText(true);
        strideMessage.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        strideMessage.setMaxWidth(260);
        strideMessage.managedProperty().bind(strideMessage.textProperty().isNotEmpty());
        stride.textProperty().addListener((o, a, text) -> {
            try {
                lab.setStride(Integer.parseInt(text.trim()));
                strideMessage.setText("");
            } catch (NumberFormatException e) {
                strideMessage.setText(I18n.get().text("convolution.problem.strideNotNumber", text, ConvolutionLab.MAX_STRIDE));
                return;
            }
            onChange.run();
        });
        padding.getItems().addAll(PaddingMode.values());
        padding.setValue(lab.paddingMode());
        padding.setCellFactory(v -> new ModeCell());
        padding.setButtonCell(new ModeCell());
        I18n.get().onChange(this, () -> padding.setButtonCell(new ModeCell()));
        padding.setId("conv-padding");
        customPadding.setStyle("-fx-pref-width: 6.4em;"); // em: grows with the presenter scale
        padding.setMaxWidth(Double.MAX_VALUE);
        customPadding.setDisable(true);
        Runnable applyPadding = () -> {
            customPadding.setDisable(padding.getValue() != PaddingMode.CUSTOM);
            lab.setPadding(padding.getValue(), customPadding.getValue());
            onChange.run();
        };
        padding.setOnAction(e -> applyPadding.run());
        customPadding.valueProperty().addListener((o, a, b) -> applyPadding.run());
        add(strideLabel, 0, 0);
        add(stride, 1, 0);
        add(paddingLabel, 0, 1);
        add(padding, 1, 1);
        add(customPadding, 1, 2);
        add(strideMessage, 0, 3, 2, 1);
    }

    public void setStrideText(String text) {
        stride.setText(text);
    }

    /** Shows a message about the stride (from the lab's check) next to the field; empty clears it. */
    public void setStrideMessage(String text) {
        strideMessage.setText(text);
    }

    private static final class ModeCell extends ListCell<PaddingMode> {
        @Override
        protected void updateItem(PaddingMode m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : I18n.get().text("convolution.padding." + m.name().toLowerCase()));
        }
    }
}
