package org.neurallab.lab.curriculum;

import java.util.List;
import org.neurallab.lab.curriculum.activation.ActivationTopic;
import org.neurallab.lab.curriculum.forward.ForwardPassTopic;
import org.neurallab.lab.curriculum.gradcheck.GradientCheckTopic;
import org.neurallab.lab.curriculum.gradient.GradientTopic;
import org.neurallab.lab.curriculum.graph.ComputationalGraphTopic;
import org.neurallab.lab.curriculum.kmeans.KMeansTopic;
import org.neurallab.lab.curriculum.loss.LossTopic;
import org.neurallab.lab.curriculum.perceptron.PerceptronTopic;
import org.neurallab.lab.curriculum.regression.RegressionTopic;
import org.neurallab.lab.curriculum.ui.Topic;

/** The topics in the order the lectures teach them. */
public final class Topics {
    private Topics() {
    }

    public static List<Topic> all() {
        return List.of(
                new RegressionTopic(),
                new PerceptronTopic(),
                new ActivationTopic(),
                new ForwardPassTopic(),
                new LossTopic(),
                new GradientTopic(),
                new ComputationalGraphTopic(),
                new GradientCheckTopic(),
                new KMeansTopic());
    }
}
