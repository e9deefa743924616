package org.neurallab.train;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Training data held in two arrays: x [N, ...] and y [N, outputs]. For tests and small labs. */
public final class ArrayTrainingData implements TrainingData {
    private final INDArray x;
    private final INDArray y;
    private final int classes;

    /** Classes are taken from y: its column count when it has more than one column (one-hot), else 0. */
    public ArrayTrainingData(INDArray x, INDArray y) {
        this(x, y, y != null && y.rank() == 2 && y.columns() > 1 ? (int) y.columns() : 0);
    }

    public ArrayTrainingData(INDArray x, INDArray y, int classes) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("training data x and y must not be null");
        }
        if (x.rank() < 2 || y.rank() != 2) {
            throw new IllegalArgumentException("training data needs x of rank >= 2 and y of rank 2 (batch first), got x "
                    + Arrays.toString(x.shape()) + " and y " + Arrays.toString(y.shape()));
        }
        if (x.size(0) != y.size(0)) {
            throw new IllegalArgumentException("training data x and y must have the same number of rows, got "
                    + x.size(0) + " and " + y.size(0));
        }
        if (classes < 0) {
            throw new IllegalArgumentException("classes must be 0 (regression) or more, got " + classes);
        }
        this.x = x;
        this.y = y;
        this.classes = classes;
    }

    @Override
    public int size() {
        return (int) x.size(0);
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public BatchPair batch(int[] indices) {
        for (int i : indices) {
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("example index must be in [0, " + size() + "), got " + i);
            }
        }
        return new BatchPair(rows(x, indices), rows(y, indices));
    }

    /** Picks rows of an array of any rank by viewing it as [N, rest] (pullRows works on matrices only). */
    private static INDArray rows(INDArray a, int[] indices) {
        long[] shape = a.shape();
        long rest = a.length() / shape[0];
        INDArray matrix = a.reshape('c', shape[0], rest);
        INDArray picked = Nd4j.pullRows(matrix, 1, indices);
        long[] outShape = shape.clone();
        outShape[0] = indices.length;
        return picked.reshape('c', outShape);
    }
}
