package org.neurallab.lab.curriculum.forward;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.CurriculumContext;
import org.neurallab.lab.curriculum.Topic;

/** STUB, to be replaced by the topic's real page. Texts under the key prefix {@code curForward.}. */
public final class ForwardPassTopic implements Topic {
    @Override
    public String id() {
        return "forward";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.forward";
    }

    @Override
    public Node view(CurriculumContext context) {
        Label l = new Label();
        l.textProperty().bind(I18n.get().bind("curriculum.pending"));
        return l;
    }

    @Override
    public void resetToLecture() {
    }
}
