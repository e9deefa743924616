package org.neurallab.data;

/** How a batch of images is shaped for a network: flat vectors for dense nets, NCHW for convolutions. */
public enum ImageLayout {
    /** [n, rows*cols]. */
    FLAT,
    /** [n, 1, rows, cols]. */
    NCHW
}
