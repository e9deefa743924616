package org.neurallab.lab.curriculum.activation;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.neurallab.app.I18n;
import org.neurallab.lab.curriculum.CurriculumContext;
import org.neurallab.lab.curriculum.Topic;

/** STUB, to be replaced by the topic's real page. Texts under the key prefix {@code curActivation.}. */
public final class ActivationTopic implements Topic {
    @Override
    public String id() {
        return "activation";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.activation";
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
