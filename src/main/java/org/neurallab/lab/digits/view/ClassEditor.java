package org.neurallab.lab.digits.view;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.neurallab.lab.digits.teach.TeachClass;

/** One of the student's classes while it is being edited: a name and its samples (28x28 inputs). */
public final class ClassEditor {
    private final StringProperty name = new SimpleStringProperty();
    private final ObservableList<float[]> samples = FXCollections.observableArrayList();

    public ClassEditor(String initialName) {
        name.set(initialName);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObservableList<float[]> samples() {
        return samples;
    }

    /** The class as the trainer takes it; a blank name becomes {@code fallbackName}. */
    public TeachClass toClass(String fallbackName) {
        String n = name.get() == null || name.get().isBlank() ? fallbackName : name.get().strip();
        if (n.length() > TeachClass.MAX_NAME_LENGTH) {
            n = n.substring(0, TeachClass.MAX_NAME_LENGTH);
        }
        return new TeachClass(n, samples);
    }
}
