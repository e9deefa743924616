package org.neurallab.train;

/**
 * How a model does on a data set.
 *
 * @param loss      mean loss per example (plus the regularization penalty when one was given)
 * @param accuracy  fraction predicted right, NaN when the data has no classes
 * @param confusion counts [true class][predicted class]; empty (0 x 0) without classes
 * @param predicted predicted class per example in data order; empty without classes
 * @param actual    true class per example in data order; empty without classes
 */
public record Evaluation(int examples, double loss, double accuracy, int[][] confusion, int[] predicted,
                         int[] actual) {

    public boolean hasClasses() {
        return confusion.length > 0;
    }
}
