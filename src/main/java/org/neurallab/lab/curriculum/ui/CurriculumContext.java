package org.neurallab.lab.curriculum.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * What a topic may need from the app: whether the dark theme is on (canvas ink), and the font size in
 * pixels that follows the presenter UI scale (canvas text). Both change while the app runs.
 */
public record CurriculumContext(ReadOnlyBooleanProperty dark, ReadOnlyDoubleProperty fontSize) {
}
