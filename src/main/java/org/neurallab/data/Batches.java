package org.neurallab.data;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Cuts one epoch of a dataset into mini-batches in a shuffled order. An optional {@link Augmenter}
 * changes each training image on the fly. The last batch may be smaller than the batch size.
 */
public final class Batches implements Iterable<Batch> {
    private final ImageDataset data;
    private final int batchSize;
    private final ImageLayout layout;
    private final int[] order;
    private final Augmenter augmenter;
    private final Random rng;

    /** Batches in the order given by {@code order} (e.g. {@code data.shuffledIndices(seed)}). */
    public Batches(ImageDataset data, int[] order, int batchSize, ImageLayout layout, Augmenter augmenter, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be > 0, was " + batchSize);
        }
        this.data = data;
        this.order = order.clone();
        this.batchSize = batchSize;
        this.layout = layout;
        this.augmenter = augmenter;
        this.rng = new Random(seed);
    }

    /** One epoch in an order shuffled with {@code seed}, no augmentation. */
    public static Batches shuffled(ImageDataset data, int batchSize, ImageLayout layout, long seed) {
        return new Batches(data, data.shuffledIndices(seed), batchSize, layout, null, seed);
    }

    /** The whole dataset in its stored order (for evaluation). */
    public static Batches inOrder(ImageDataset data, int batchSize, ImageLayout layout) {
        int[] order = new int[data.count()];
        Arrays.setAll(order, i -> i);
        return new Batches(data, order, batchSize, layout, null, 0);
    }

    public int batchCount() {
        return (order.length + batchSize - 1) / batchSize;
    }

    @Override
    public Iterator<Batch> iterator() {
        float[] buffer = new float[batchSize * data.imageSize()];
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < order.length;
            }

            @Override
            public Batch next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int to = Math.min(order.length, next + batchSize);
                Batch batch = build(next, to, buffer);
                next = to;
                return batch;
            }
        };
    }

    private Batch build(int from, int to, float[] buffer) {
        int n = to - from;
        int size = data.imageSize();
        for (int k = 0; k < n; k++) {
            data.copyImage(order[from + k], buffer, k * size);
            if (augmenter != null) {
                float[] img = Arrays.copyOfRange(buffer, k * size, (k + 1) * size);
                System.arraycopy(augmenter.augment(img, rng), 0, buffer, k * size, size);
            }
        }
        return new Batch(TensorConversion.fromFlat(buffer, n, data.rows(), data.cols(), layout),
                TensorConversion.oneHot(data, order, from, to), Arrays.copyOfRange(order, from, to));
    }
}
