package org.neurallab.lab.convolution;

import java.util.List;
import java.util.Optional;

/** The kernels students can pick: lecture 002's four (exactly as printed there) plus Sobel x/y and identity. */
public final class KernelGallery {
    public static final Kernel IDENTITY = new Kernel("identity", new double[][] {
            {0, 0, 0},
            {0, 1, 0},
            {0, 0, 0}});
    public static final Kernel SHARPEN = new Kernel("sharpen", new double[][] {
            {0, 0, 0, 0, 0},
            {0, 0, -1, 0, 0},
            {0, -1, 5, -1, 0},
            {0, 0, -1, 0, 0},
            {0, 0, 0, 0, 0}});
    public static final Kernel EDGE = new Kernel("edge", new double[][] {
            {0, 1, 0},
            {1, -4, 1},
            {0, 1, 0}});
    public static final Kernel BLUR = new Kernel("blur", new double[][] {
            {0, 0, 0, 0, 0},
            {0, 1, 1, 1, 0},
            {0, 1, 1, 1, 0},
            {0, 1, 1, 1, 0},
            {0, 0, 0, 0, 0}});
    public static final Kernel EMBOSS = new Kernel("emboss", new double[][] {
            {-2, -1, 0},
            {-1, 1, 1},
            {0, 1, 2}});
    /** Responds to change from left to right (vertical edges). */
    public static final Kernel SOBEL_X = new Kernel("sobelX", new double[][] {
            {-1, 0, 1},
            {-2, 0, 2},
            {-1, 0, 1}});
    /** Responds to change from top to bottom (horizontal edges). */
    public static final Kernel SOBEL_Y = new Kernel("sobelY", new double[][] {
            {-1, -2, -1},
            {0, 0, 0},
            {1, 2, 1}});

    public static final List<Kernel> ALL = List.of(IDENTITY, SHARPEN, EDGE, BLUR, EMBOSS, SOBEL_X, SOBEL_Y);

    private KernelGallery() {
    }

    public static Optional<Kernel> byId(String id) {
        return ALL.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
