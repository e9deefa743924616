package org.neurallab.engine.model;

/** Convolution padding: VALID adds nothing, SAME pads so that stride 1 keeps the size. */
public enum Padding {
    VALID, SAME;

    /** Zero rows/columns added on each side for a kernel of size f (SAME rounds down on the leading side). */
    public int amount(int kernel) {
        return this == SAME ? (kernel - 1) / 2 : 0;
    }
}
