package org.neurallab.lab.digits.pad;

/** How the pad becomes the model's 28x28 input. */
public enum InputMode {
    /** Like MNIST: crop to the ink, fit into 20x20, centre by mass (digits, own classes). */
    DIGIT,
    /** The whole pad shrunk to 28x28, as Fashion-MNIST pictures fill their frame. */
    WHOLE_PAD
}
