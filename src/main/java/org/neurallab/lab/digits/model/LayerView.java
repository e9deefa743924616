package org.neurallab.lab.digits.model;

/**
 * What one layer produced for the current drawing, copied out of ND4J so the UI can draw it on any thread.
 *
 * @param index  position of the layer in the model (0 = first)
 * @param kind   "Conv2D", "MaxPool2D", "Dense"...
 * @param shape  without the batch: [channels, height, width] for images, [units] for dense layers
 * @param values row-major, as the shape says
 */
public record LayerView(int index, String kind, int[] shape, float[] values) {

    /** Whether this output is a stack of 2-D maps (convolution and pooling) rather than a vector. */
    public boolean isImage() {
        return shape.length == 3;
    }

    /** Number of maps (image layers) or units (dense layers). */
    public int channels() {
        return shape[0];
    }

    public int height() {
        return isImage() ? shape[1] : 1;
    }

    public int width() {
        return isImage() ? shape[2] : shape[0];
    }

    /** The values of map {@code c} (image layers only), row by row. */
    public float[] map(int c) {
        int area = height() * width();
        float[] out = new float[area];
        System.arraycopy(values, c * area, out, 0, area);
        return out;
    }
}
