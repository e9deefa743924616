package org.neurallab.lab.convolution;

/** The lecture formula for the side of a convolution or pooling output: floor((n - f + 2p) / s) + 1. */
public final class OutputSize {
    private OutputSize() {
    }

    /**
     * @param n input side, f kernel (or pool) side, p zero padding on each side, s stride
     * @throws IllegalArgumentException when the numbers cannot give an output of at least one cell
     */
    public static int of(int n, int f, int p, int s) {
        if (n < 1) {
            throw new IllegalArgumentException("input size n must be at least 1, was " + n);
        }
        if (f < 1) {
            throw new IllegalArgumentException("kernel size f must be at least 1, was " + f);
        }
        if (p < 0) {
            throw new IllegalArgumentException("padding p must be 0 or more, was " + p);
        }
        if (s < 1) {
            throw new IllegalArgumentException("stride s must be at least 1, was " + s);
        }
        if (f > n + 2 * p) {
            throw new IllegalArgumentException("kernel size f=" + f + " is larger than the padded input n+2p="
                    + (n + 2 * p));
        }
        // n - f + 2p is never negative here, so integer division is the floor.
        return (n - f + 2 * p) / s + 1;
    }
}
