package org.neurallab.data;

import java.util.Objects;
import java.util.Random;

/**
 * An immutable set of grayscale images with class labels. Pixels are stored in one float array
 * (image after image, row-major) scaled to 0..1, so batches can be copied out with System.arraycopy.
 */
public final class ImageDataset {
    private final DatasetKind kind;
    private final float[] pixels;
    private final byte[] labels;
    private final int count;
    private final int rows;
    private final int cols;

    /** Takes ownership of the arrays: callers must not change them afterwards. */
    ImageDataset(DatasetKind kind, float[] pixels, byte[] labels, int rows, int cols) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.count = labels.length;
        if (pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException("pixels length " + pixels.length + " does not match "
                    + count + " images of " + rows + "x" + cols);
        }
        this.pixels = pixels;
        this.labels = labels;
        this.rows = rows;
        this.cols = cols;
    }

    /** Builds a dataset from unsigned-byte pixels (0..255), scaling them to 0..1. */
    public static ImageDataset fromBytes(DatasetKind kind, byte[] bytePixels, byte[] labels, int rows, int cols) {
        float[] scaled = new float[bytePixels.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (bytePixels[i] & 0xFF) / 255f;
        }
        return new ImageDataset(kind, scaled, labels.clone(), rows, cols);
    }

    /** Builds a dataset from float pixels (0..1) and int labels; both arrays are copied. */
    public static ImageDataset of(DatasetKind kind, float[] pixels, int[] labels, int rows, int cols) {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= kind.classCount()) {
                throw new IllegalArgumentException("labels[" + i + "] = " + labels[i] + " is outside 0.."
                        + (kind.classCount() - 1));
            }
            bytes[i] = (byte) labels[i];
        }
        return new ImageDataset(kind, pixels.clone(), bytes, rows, cols);
    }

    public DatasetKind kind() {
        return kind;
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Number of pixels per image (784 for MNIST). */
    public int imageSize() {
        return rows * cols;
    }

    public int classCount() {
        return kind.classCount();
    }

    public int label(int i) {
        checkIndex(i);
        return labels[i];
    }

    /** A copy of all labels. */
    public int[] labels() {
        int[] copy = new int[count];
        for (int i = 0; i < count; i++) {
            copy[i] = labels[i];
        }
        return copy;
    }

    /** A copy of all pixels (count * rows * cols floats); prefer {@link #copyImage} for batches. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** A copy of image {@code i} as rows*cols floats in 0..1. */
    public float[] image(int i) {
        float[] out = new float[imageSize()];
        copyImage(i, out, 0);
        return out;
    }

    /** Copies image {@code i} into {@code target} starting at {@code offset} (no allocation). */
    public void copyImage(int i, float[] target, int offset) {
        checkIndex(i);
        System.arraycopy(pixels, i * imageSize(), target, offset, imageSize());
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive) as a new dataset. */
    public ImageDataset subset(int from, int to) {
        if (from < 0 || to > count || from > to) {
            throw new IllegalArgumentException("subset range " + from + ".." + to + " is not within 0.." + count);
        }
        float[] p = new float[(to - from) * imageSize()];
        System.arraycopy(pixels, from * imageSize(), p, 0, p.length);
        byte[] l = new byte[to - from];
        System.arraycopy(labels, from, l, 0, l.length);
        return new ImageDataset(kind, p, l, rows, cols);
    }

    /** The images at the given indices, in that order, as a new dataset. */
    public ImageDataset select(int[] indices) {
        float[] p = new float[indices.length * imageSize()];
        byte[] l = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            copyImage(indices[k], p, k * imageSize());
            l[k] = labels[indices[k]];
        }
        return new ImageDataset(kind, p, l, rows, cols);
    }

    /** 0..count-1 in a random order that depends only on {@code seed} (Fisher-Yates). */
    public int[] shuffledIndices(long seed) {
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        Random rng = new Random(seed);
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }

    /** How many images each class has. */
    public int[] countPerClass() {
        int[] counts = new int[classCount()];
        for (byte label : labels) {
            counts[label]++;
        }
        return counts;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IllegalArgumentException("image index " + i + " is outside 0.." + (count - 1));
        }
    }

    @Override
    public String toString() {
        return kind + " dataset: " + count + " images " + rows + "x" + cols;
    }
}
