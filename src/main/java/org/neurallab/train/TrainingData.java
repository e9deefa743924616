package org.neurallab.train;

/**
 * Examples the trainer can draw mini-batches from. Kept tiny so that any dataset (MNIST, a toy set drawn
 * by a student, a CSV) can be trained without this package knowing where it comes from.
 */
public interface TrainingData {

    /** Number of examples. */
    int size();

    /** Number of classes for classification (targets are one-hot), or 0 when targets are plain values. */
    int classes();

    /** The examples at these positions, in this order. Called on the training worker thread. */
    BatchPair batch(int[] indices);
}
