package org.neurallab.engine.model;

import org.neurallab.engine.activation.Activation;

/**
 * What each kind of layer makes of its input shape, and how many parameters it has, from its spec alone
 * (nothing is allocated). The layers, the shape walk and the model builder all ask here. Shapes exclude
 * the batch dimension and are channel-first.
 */
final class LayerShapes {
    private LayerShapes() {
    }

    /** The output shape for this input; throws {@link ShapeException} when the layer cannot take it. */
    static int[] output(LayerSpec layer, int[] in) {
        if (layer instanceof LayerSpec.Dense d) {
            if (in.length != 1) {
                throw new ShapeException(ShapeException.NEEDS_FLAT, "Dense needs a flat input but gets an image of shape "
                        + Shapes.format(in) + "; add Flatten before it", Shapes.format(in));
            }
            return new int[] {d.units()};
        }
        if (layer instanceof LayerSpec.Conv2D c) {
            return conv(c, in);
        }
        if (layer instanceof LayerSpec.MaxPool2D p) {
            return pool("MaxPool2D", p.pool(), p.stride(), in);
        }
        if (layer instanceof LayerSpec.AvgPool2D p) {
            return pool("AvgPool2D", p.pool(), p.stride(), in);
        }
        if (layer instanceof LayerSpec.Flatten) {
            return new int[] {Shapes.product(in)};
        }
        if (layer instanceof LayerSpec.ActivationLayer a && a.activation() == Activation.SOFTMAX && in.length != 1) {
            throw new ShapeException(ShapeException.NEEDS_FLAT,
                    "Softmax needs a flat input but gets " + Shapes.format(in), Shapes.format(in));
        }
        return in.clone(); // Dropout and Activation keep the shape
    }

    /** Trainable parameters (weights and biases) for this input shape. */
    static long params(LayerSpec layer, int[] in) {
        if (layer instanceof LayerSpec.Dense d) {
            return (long) in[0] * d.units() + d.units();
        }
        if (layer instanceof LayerSpec.Conv2D c) {
            return (long) in[0] * c.kernel() * c.kernel() * c.filters() + c.filters();
        }
        return 0;
    }

    private static int[] conv(LayerSpec.Conv2D spec, int[] in) {
        if (in.length != 3) {
            throw new ShapeException(ShapeException.NEEDS_IMAGE, "Conv2D needs an image input [channels, height, width]"
                    + " but gets " + Shapes.format(in) + "; put Conv2D before Flatten, not after it", "Conv2D",
                    Shapes.format(in));
        }
        int k = spec.kernel();
        int p = spec.padding().amount(k);
        if (k > in[1] + 2 * p || k > in[2] + 2 * p) {
            throw new ShapeException(ShapeException.WINDOW_TOO_LARGE, "Conv2D kernel " + k + "x" + k + " is larger than its "
                    + in[1] + "x" + in[2] + " input" + (p > 0 ? " (padded to " + (in[1] + 2 * p) + "x"
                    + (in[2] + 2 * p) + ")" : "") + "; use a smaller kernel or fewer pooling layers before it",
                    "Conv2D", k, in[1], in[2]);
        }
        int s = spec.stride();
        return new int[] {spec.filters(), Shapes.convOutput(in[1], k, p, s), Shapes.convOutput(in[2], k, p, s)};
    }

    /** Max and average pooling: no padding (p = 0). */
    private static int[] pool(String kind, int pool, int stride, int[] in) {
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
