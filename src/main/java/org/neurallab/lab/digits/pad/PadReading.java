package org.neurallab.lab.digits.pad;

/**
 * The pad turned into what the model sees.
 *
 * @param pixels 28x28 = 784 values in 0..1 (all zero when there is nothing to read)
 * @param status whether there is a drawing to predict, or why not
 */
public record PadReading(float[] pixels, Status status) {
    public enum Status {
        /** Enough ink to read. */
        OK,
        /** Nothing drawn (or everything erased). */
        EMPTY,
        /** Only a dot: too small to be a digit or a picture. */
        TOO_SMALL
    }

    public boolean readable() {
        return status == Status.OK;
    }
}
