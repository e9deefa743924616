package org.neurallab.lab.curriculum.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.neurallab.train.TrainingWorker;

/**
 * What a topic may need from the app: whether the dark theme is on (canvas ink), the font size in
 * pixels that follows the presenter UI scale (canvas text) — both change while the app runs — and the
 * training service's worker for the lab, where topics train and do their other background work.
 */
public record CurriculumContext(ReadOnlyBooleanProperty dark, ReadOnlyDoubleProperty fontSize, TrainingWorker worker) {
}
