package org.neurallab.lab.curriculum.forward;

import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.neurallab.app.I18n;

/** The page's texts (keys under {@code curForward.}). */
final class ForwardText {
    private static final String PREFIX = "curForward.";

    private ForwardText() {
    }

    static StringBinding bind(String key, Object... args) {
        return I18n.get().bind(PREFIX + key, args);
    }

    static Label paragraph(String key) {
        Label l = new Label();
        l.textProperty().bind(bind(key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("explanation");
        return l;
    }
}
