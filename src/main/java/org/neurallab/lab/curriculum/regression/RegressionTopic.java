package org.neurallab.lab.curriculum.regression;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;

/**
 * Linear regression, lectures 000 and 001: one neuron learning Y = 3X + 1, the height/weight line in closed
 * form and by gradient descent, the lab's five points, and the loss surface with gradient descent on it.
 */
public final class RegressionTopic implements Topic {
    private LineTrainingPane line;
    private HeightWeightPane height;
    private LossSurfacePane surface;

    @Override
    public String id() {
        return "regression";
    }

    @Override
    public String titleKey() {
        return "curriculum.topic.regression";
    }

    @Override
    public Node view(CurriculumContext context) {
        line = new LineTrainingPane(context);
        height = new HeightWeightPane(context);
        LabDataPane lab = new LabDataPane(context);
        surface = new LossSurfacePane(context);
        VBox page = new VBox(line, height, lab, surface);
        page.getStyleClass().add("reg-page");
        page.getStylesheets().add(RegressionTopic.class.getResource("regression.css").toExternalForm());
        return page;
    }

    @Override
    public void resetToLecture() {
        if (line != null) {
            line.resetToLecture();
            height.resetToLecture();
            surface.resetToLecture();
        }
    }

    @Override
    public void onHide() {
        if (line != null) {
            line.stop();
        }
    }
}
