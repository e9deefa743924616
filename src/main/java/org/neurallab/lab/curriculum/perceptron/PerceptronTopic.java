package org.neurallab.lab.curriculum.perceptron;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Lectures 001, 002 and 004 on perceptrons: AND, NAND and OR as one perceptron each with editable weights
 * and the decision line; why exclusive-or needs a second layer (built from gates); and the lecture's 2-2-1
 * sigmoid network learning XOR on the engine. Texts under the key prefix {@code curPerceptron.}.
 */
public final class PerceptronTopic implements Topic {
    private SinglePerceptronPane single;
    private GateNetworkPane gates;
    private XorTrainingPane training;

    @Override
    public String id() {
        return "perceptron";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.perceptron";
    }

    @Override
    public Node view(CurriculumContext context) {
        single = new SinglePerceptronPane(context);
        gates = new GateNetworkPane(context);
        training = new XorTrainingPane(context);
        VBox page = new VBox(28, single, gates, training);
        page.setPadding(new Insets(8, 4, 16, 4));
        page.getStyleClass().addAll("topic-page", "perceptron-page");
        return page;
    }

    @Override
    public void resetToLecture() {
        if (single != null) {
            single.resetToLecture();
            gates.resetToLecture();
            training.resetToLecture();
        }
    }

    @Override
    public void onHide() {
        if (training != null) {
            training.onHide();
        }
    }
}
