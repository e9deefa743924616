package org.neurallab.lab.curriculum.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;

/** One part of the page: a heading, a paragraph of explanation, then its own content. */
public class Section extends VBox {

    public Section(String headingKey, String textKey) {
        getStyleClass().add("topic-section");
        Label heading = new Label();
        heading.textProperty().bind(I18n.get().bind(headingKey));
        heading.getStyleClass().addAll("title-4", "topic-heading");
        heading.setWrapText(true);
        getChildren().addAll(heading, paragraph(textKey));
    }

    public static Label paragraph(String key) {
        return Translated.paragraph(key);
    }

    /** A label for a computed number, bold and monospaced as the curriculum shows lecture numbers. */
    public static Label number(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("lecture-number");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(I18n.get().bind(key));
        label.getStyleClass().add("topic-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    public void add(Node... nodes) {
        getChildren().addAll(nodes);
    }
}
