package org.neurallab.lab.curriculum.ui;

import javafx.scene.Node;

/**
 * One worked example of the lectures, as a page of the Curriculum lab. Each topic lives in its own
 * package with its maths in plain classes (unit-tested against the lecture's numbers) and its view on top.
 */
public interface Topic {
    /** Stable id, also the node id {@code topic-<id>} of its entry in the topic list. */
    String id();

    /** Bundle key of the topic's title in the list. */
    String titleKey();

    /** The topic's page; called once, on the FX thread, when the topic is first opened. */
    Node view(CurriculumContext context);

    /** Puts every control back to the lecture's values ("reset to the lecture"). */
    void resetToLecture();

    /** Called when the topic is left or the lab hidden: stop animations and background work. */
    default void onHide() {
    }
}
