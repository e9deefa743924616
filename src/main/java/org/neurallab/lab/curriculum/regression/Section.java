package org.neurallab.lab.curriculum.regression;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;

/** One part of the page: a heading, a paragraph of explanation, then its own content. */
class Section extends VBox {

    Section(String headingKey, String textKey) {
        getStyleClass().add("reg-section");
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind(headingKey));
        heading.getStyleClass().addAll("title-4", "reg-heading");
        heading.setWrapText(true);
        getChildren().addAll(heading, paragraph(textKey));
    }

    static Label paragraph(String key) {
        Label text = new Label();
        text.textProperty().bind(I18n.get().bind(key));
        text.getStyleClass().add("explanation");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        return text;
    }

    /** A label for a computed number, bold and monospaced as the curriculum shows lecture numbers. */
    static Label number(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("lecture-number");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(I18n.get().bind(key));
        label.getStyleClass().add("reg-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    void add(Node... nodes) {
        getChildren().addAll(nodes);
    }
}
