package org.neurallab.lab.curriculum.gradcheck;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.CurriculumContext;
import org.neurallab.lab.curriculum.Topic;

/** STUB, to be replaced by the topic's real page. Texts under the key prefix {@code curGradCheck.}. */
public final class GradientCheckTopic implements Topic {
    @Override
    public String id() {
        return "gradcheck";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.gradcheck";
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
