package org.neurallab.lab.curriculum.gradient;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Gradients, lecture 002: numerical differentiation and why h cannot be arbitrarily small, the gradient
 * field of f(x0, x1) = x0² + x1², and gradient descent on it with a learning rate to try.
 */
public final class GradientTopic implements Topic {
    private DerivativePane derivative;
    private GradientFieldPane field;
    private DescentPane descent;

    @Override
    public String id() {
        return "gradient";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.gradient";
    }

    @Override
    public Node view(CurriculumContext context) {
        derivative = new DerivativePane(context);
        field = new GradientFieldPane(context);
        descent = new DescentPane(context);
        VBox page = new VBox(derivative, field, descent);
        page.getStyleClass().add("grad-page");
        page.getStylesheets().add(GradientTopic.class.getResource("gradient.css").toExternalForm());
        return page;
    }

    @Override
    public void resetToLecture() {
        if (derivative != null) {
            derivative.resetToLecture();
            field.resetToLecture();
            descent.resetToLecture();
        }
    }
}
