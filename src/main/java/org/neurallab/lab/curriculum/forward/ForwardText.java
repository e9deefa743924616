package org.neurallab.lab.curriculum.forward;

import org.neurallab.lab.curriculum.ui.TopicText;

/** The page's texts: keys under {@code curForward.}. */
final class ForwardText {
    static final TopicText TEXT = new TopicText("curForward.");

    private ForwardText() {
    }
}
