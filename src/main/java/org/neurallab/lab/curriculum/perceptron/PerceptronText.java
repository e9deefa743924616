package org.neurallab.lab.curriculum.perceptron;

import org.neurallab.lab.curriculum.ui.TopicText;

/** The page's texts: keys under {@code curPerceptron.}. */
final class PerceptronText {
    static final TopicText TEXT = new TopicText("curPerceptron.");

    private PerceptronText() {
    }
}
