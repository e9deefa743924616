package org.neurallab.lab.curriculum.activation;

import org.neurallab.lab.curriculum.ui.TopicText;

/** The page's texts: keys under {@code curActivation.}. */
final class ActivationText {
    static final TopicText TEXT = new TopicText("curActivation.");

    private ActivationText() {
    }
}
