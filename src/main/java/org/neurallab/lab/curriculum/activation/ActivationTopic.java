package org.neurallab.lab.curriculum.activation;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.neurallab.engine.Engine;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Activation functions (lectures 002 and 003): step, sigmoid, tanh, ReLU, leaky ReLU, ELU and maxout with
 * f and f' plotted from the engine's own forward and backward code, and softmax with the overflow trap.
 * Texts under the key prefix {@code curActivation.}.
 */
public final class ActivationTopic implements Topic {
    private FunctionPane functions;
    private SoftmaxPane softmax;

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
        functions = new FunctionPane(context);
        softmax = new SoftmaxPane(context);
        VBox page = new VBox(28, functions, softmax);
        page.setPadding(new Insets(8, 4, 16, 4));
        page.getStyleClass().addAll("topic-page", "activation-page");
        page.getStylesheets().add(ActivationTopic.class.getResource("activation.css").toExternalForm());
        if (!Engine.isReady()) {
            // loading ND4J takes a second or two: never on the FX thread
            context.worker().execute(() -> {
                Engine.warmUp();
                Platform.runLater(() -> {
                    functions.refresh();
                    softmax.refresh();
                });
            });
        }
        return page;
    }

    @Override
    public void resetToLecture() {
        if (functions != null) {
            functions.resetToLecture();
            softmax.resetToLecture();
        }
    }
}
