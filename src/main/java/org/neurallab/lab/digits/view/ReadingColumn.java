package org.neurallab.lab.digits.view;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;

/** The middle column: the 28x28 image the model actually sees, and its probability bars. */
public final class ReadingColumn extends VBox {
    private static final double PREVIEW = 112;
    private final ImageView preview = GrayImages.view(PREVIEW);

    public ReadingColumn(I18n i18n, ProbabilityBars bars, ObservableDoubleValue uiScale) {
        super(8);
        preview.fitWidthProperty().bind(javafx.beans.binding.Bindings.multiply(PREVIEW, uiScale));
        preview.fitHeightProperty().bind(javafx.beans.binding.Bindings.multiply(PREVIEW, uiScale));
        preview.setId("digits-preview");
        getChildren().addAll(title(i18n, "digits.sees"), preview, title(i18n, "digits.probabilities"), bars);
        setMinWidth(220);
        prefWidthProperty().bind(javafx.beans.binding.Bindings.multiply(260, uiScale));
    }

    private static Label title(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    /** Shows the model's input: 28x28 values in [0, 1]. */
    public void showInput(float[] pixels) {
        GrayImages.show(preview, GrayImages.of(pixels, 28, 28));
    }
}
