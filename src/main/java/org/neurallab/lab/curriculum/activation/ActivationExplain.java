package org.neurallab.lab.curriculum.activation;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.neurallab.app.I18n;


/** A wrapped paragraph of explanation that follows the language. */
final class ActivationExplain {
    private ActivationExplain() {
    }

    static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind("curActivation." + key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("explanation");
        return l;
    }
}
