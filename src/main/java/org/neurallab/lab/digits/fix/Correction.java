package org.neurallab.lab.digits.fix;

/**
 * A drawing the model misread, with the class the student says it is.
 *
 * @param pixels    the 28x28 input the model saw
 * @param label     the right class
 * @param misreadAs what the model said before
 */
public record Correction(float[] pixels, int label, int misreadAs) {
    public Correction {
        if (pixels == null || pixels.length != 784) {
            throw new IllegalArgumentException("pixels must hold 784 values");
        }
        if (label < 0 || label > 9) {
            throw new IllegalArgumentException("label must be 0..9, got " + label);
        }
        pixels = pixels.clone();
    }
}
