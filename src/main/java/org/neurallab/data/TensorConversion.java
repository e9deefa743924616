package org.neurallab.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Builds float32 ND4J arrays from dataset images and labels. The only class in this package that uses ND4J. */
public final class TensorConversion {
    private TensorConversion() {
    }

    /** Images at {@code indices[from..to)} as [n, 784] (FLAT) or [n, 1, 28, 28] (NCHW). */
    public static INDArray images(ImageDataset data, int[] indices, int from, int to, ImageLayout layout) {
        return images(data, indices, from, to, layout, null);
    }

    /**
     * Same, but copies through {@code buffer} if it is big enough (saves allocating a float[] per batch).
     * ND4J copies the buffer, so it may be reused right after this call.
     */
    public static INDArray images(ImageDataset data, int[] indices, int from, int to, ImageLayout layout,
                                  float[] buffer) {
        int n = checkRange(indices, from, to);
        int size = data.imageSize();
        float[] flat = buffer != null && buffer.length >= n * size ? buffer : new float[n * size];
        for (int k = 0; k < n; k++) {
            data.copyImage(indices[from + k], flat, k * size);
        }
        return fromFlat(flat, n, data.rows(), data.cols(), layout);
    }

    /** Wraps {@code n} images stored one after another in {@code flat} (extra elements are ignored). */
    public static INDArray fromFlat(float[] flat, int n, int rows, int cols, ImageLayout layout) {
        long[] shape = layout == ImageLayout.NCHW
                ? new long[] {n, 1, rows, cols}
                : new long[] {n, (long) rows * cols};
        int length = n * rows * cols;
        if (flat.length < length) {
            throw new IllegalArgumentException(n + " images of " + rows + "x" + cols + " need " + length
                    + " values, got " + flat.length);
        }
        return copyOf(flat, length, shape);
    }

    /** One image (e.g. a preprocessed drawing) as a batch of one. */
    public static INDArray single(float[] image, int rows, int cols, ImageLayout layout) {
        return fromFlat(image, 1, rows, cols, layout);
    }

    /** One-hot labels [n, classes] for {@code indices[from..to)}. */
    public static INDArray oneHot(ImageDataset data, int[] indices, int from, int to) {
        int n = checkRange(indices, from, to);
        int classes = data.classCount();
        float[] hot = new float[n * classes];
        for (int k = 0; k < n; k++) {
            hot[k * classes + data.label(indices[from + k])] = 1f;
        }
        return copyOf(hot, hot.length, new long[] {n, classes});
    }

    /** A new float32 array of the given shape holding {@code values[0..length)}: one block copy. */
    private static INDArray copyOf(float[] values, int length, long[] shape) {
        INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        a.data().asNioFloat().put(0, values, 0, length);
        return a;
    }

    private static int checkRange(int[] indices, int from, int to) {
        if (from < 0 || to > indices.length || from >= to) {
            throw new IllegalArgumentException("batch range " + from + ".." + to + " must be non-empty and within 0.."
                    + indices.length);
        }
        return to - from;
    }
}
