package org.neurallab.engine.layers;

import org.neurallab.engine.model.ShapeException;

/** Output size and input checks shared by max and average pooling (no padding: p = 0). */
final class PoolShape {
    private PoolShape() {
    }

    static int[] output(String kind, int pool, int stride, int[] in) {
        if (in.length != 3) {
            throw new ShapeException(ShapeException.NEEDS_IMAGE, kind + " needs an image input [channels, height, width]"
                    + " but gets " + Shapes.format(in) + "; put it before Flatten, not after it", kind, Shapes.format(in));
        }
        if (pool > in[1] || pool > in[2]) {
            throw new ShapeException(ShapeException.WINDOW_TOO_LARGE, kind + " pool " + pool + "x" + pool
                    + " is larger than its " + in[1] + "x" + in[2] + " input; use a smaller pool or fewer pooling layers",
                    kind, pool, in[1], in[2]);
        }
        return new int[] {in[0], Shapes.convOutput(in[1], pool, 0, stride), Shapes.convOutput(in[2], pool, 0, stride)};
    }
}
