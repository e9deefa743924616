package org.neurallab.lab.convolution;

/** VALID adds no border, SAME adds (f-1)/2 so stride 1 keeps the size, CUSTOM adds a chosen n. */
public enum PaddingMode {
    VALID, SAME, CUSTOM;

    /** Zero cells added on each side for a kernel of side f. */
    public int amount(int f, int custom) {
        return switch (this) {
            case VALID -> 0;
            case SAME -> (f - 1) / 2;
            case CUSTOM -> custom;
        };
    }
}
