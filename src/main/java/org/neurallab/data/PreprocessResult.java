package org.neurallab.data;

/**
 * A drawing prepared like an MNIST digit: 28x28 = 784 values in 0..1, ink = 1.
 * {@code empty} is true when there was (almost) no ink, so the caller can show a hint instead of predicting.
 */
public record PreprocessResult(float[] pixels, boolean empty) {
    public static final int SIDE = 28;

    /** Value at column x, row y. */
    public float at(int x, int y) {
        return pixels[y * SIDE + x];
    }
}
