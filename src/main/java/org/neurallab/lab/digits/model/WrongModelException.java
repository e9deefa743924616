package org.neurallab.lab.digits.model;

import java.nio.file.Path;
import java.util.Arrays;

/** A model file that loads fine but does not fit the Digits lab (input other than 1x28x28, or not 10 classes). */
public final class WrongModelException extends IllegalArgumentException {
    private final transient Path file;
    private final String inputShape;
    private final int classes;

    public WrongModelException(Path file, int[] inputShape, int classes) {
        super("model file " + file + " takes input " + Arrays.toString(inputShape) + " and gives " + classes
                + " classes; the Digits lab needs input [1, 28, 28] and 10 classes");
        this.file = file;
        this.inputShape = Arrays.toString(inputShape);
        this.classes = classes;
    }

    public Path file() {
        return file;
    }

    /** The model's input shape, such as "[784]". */
    public String inputShape() {
        return inputShape;
    }

    public int classes() {
        return classes;
    }
}
