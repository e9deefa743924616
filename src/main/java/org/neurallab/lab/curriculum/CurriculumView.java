package org.neurallab.lab.curriculum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * The topic list on the left, the open topic on the right under its title and a "reset to the lecture's
 * values" button. Topics are built the first time they are opened.
 */
public final class CurriculumView extends BorderPane {
    private final CurriculumContext context;
    private final Map<Topic, Node> built = new HashMap<>();
    private final ScrollPane content = new ScrollPane();
    private final Label title = new Label();
    private final ToggleGroup group = new ToggleGroup();
    private Topic current;

    public CurriculumView(List<Topic> topics, CurriculumContext context) {
        this.context = context;
        getStyleClass().add("curriculum");
        getStylesheets().add(CurriculumView.class.getResource("curriculum.css").toExternalForm());
        I18n i18n = I18n.get();

        VBox list = new VBox(2);
        list.getStyleClass().add("topic-list");
        list.setPadding(new Insets(8));
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("curriculum.topics"));
        heading.getStyleClass().addAll("text-caption", "text-muted", "topic-list-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        list.getChildren().add(heading);
        for (Topic topic : topics) {
            ToggleButton button = new ToggleButton();
            button.setId("topic-" + topic.id());
            button.textProperty().bind(i18n.bind(topic.titleKey()));
            button.getStyleClass().addAll("flat", "topic-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setWrapText(true);
            button.setMinHeight(Region.USE_PREF_SIZE);
            button.setToggleGroup(group);
            button.setUserData(topic);
            list.getChildren().add(button);
        }
        ScrollPane listScroll = new ScrollPane(list);
        listScroll.setFitToWidth(true);
        listScroll.getStyleClass().add("topic-list-scroll");
        // 15 em, but never more than a fifth of a narrow window (presenter scale on a small screen), nor under 9 em
        listScroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double em = context.fontSize().get();
            return Math.max(9 * em, Math.min(15 * em, getWidth() * 0.2));
        }, context.fontSize(), widthProperty()));
        listScroll.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(listScroll);

        Button reset = new Button();
        reset.setId("topic-reset");
        reset.textProperty().bind(i18n.bind("curriculum.reset"));
        reset.setGraphic(new FontIcon(MaterialDesignR.RESTORE));
        reset.setOnAction(e -> {
            if (current != null) {
                current.resetToLecture();
            }
        });
        title.getStyleClass().addAll("title-2", "topic-title");
        // at a large UI scale the title wraps rather than being cut short; the button keeps its size
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, title, reset);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 4, 12));
        header.getStyleClass().add("topic-header");

        content.setFitToWidth(true);
        content.getStyleClass().add("topic-content");
        content.setId("topic-content");
        VBox right = new VBox(header, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        setCenter(right);

        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one topic is always open
                return;
            }
            open((Topic) now.getUserData());
        });
        if (!topics.isEmpty()) {
            group.selectToggle(group.getToggles().get(0));
        }
    }

    private void open(Topic topic) {
        if (current != null && current != topic) {
            current.onHide();
        }
        current = topic;
        title.textProperty().bind(I18n.get().bind(topic.titleKey()));
        Node node = built.computeIfAbsent(topic, t -> {
            Node n = t.view(context);
            n.setId("topic-view-" + t.id());
            return n;
        });
        content.setContent(node);
    }

    /** The open topic. */
    public Topic current() {
        return current;
    }

    public void hideCurrent() {
        if (current != null) {
            current.onHide();
        }
    }

    public void showCurrent() {
        // nothing to restart: topics resume on the student's next action
    }
}
