package org.neurallab.lab.curriculum.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.neurallab.app.I18n;

/** Controls whose text is a bundle key, so they re-translate when the language changes. */
public final class Translated {
    private Translated() {
    }

    /** A one-line label. */
    public static Label label(String key) {
        return I18n.get().label(key);
    }

    /** A label that wraps at the width it is given. */
    public static Label text(String key) {
        Label l = label(key);
        l.setWrapText(true);
        return l;
    }

    /** A paragraph of explanation: wraps, and always gets the height of all its lines. */
    public static Label paragraph(String key) {
        Label l = text(key);
        l.getStyleClass().add("explanation");
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A heading inside a topic page. */
    public static Label heading(String key) {
        Label l = text(key);
        l.getStyleClass().add("title-4");
        return l;
    }

    public static Button button(String key, String id, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(I18n.get().bind(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
