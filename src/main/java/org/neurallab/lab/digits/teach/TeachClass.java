package org.neurallab.lab.digits.teach;

import java.util.ArrayList;
import java.util.List;

/**
 * One class of the student's own: a name and the drawings (28x28 inputs, 784 values each) that show it.
 *
 * @param name    what the student called it
 * @param samples 784 values in 0..1 each
 */
public record TeachClass(String name, List<float[]> samples) {
    public static final int PIXELS = 28 * 28;
    public static final int MAX_NAME_LENGTH = 40;

    public TeachClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("class name must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("class name '" + name + "' is longer than " + MAX_NAME_LENGTH
                    + " characters");
        }
        List<float[]> copy = new ArrayList<>();
        for (float[] s : samples) {
            if (s == null || s.length != PIXELS) {
                throw new IllegalArgumentException("every sample of class '" + name + "' must hold 784 values");
            }
            copy.add(s.clone());
        }
        samples = List.copyOf(copy);
    }
}
