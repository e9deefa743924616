package org.neurallab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * How a model does on a data set.
 *
 * @param loss          mean loss per example (plus the regularization penalty when one was given)
 * @param accuracy      fraction predicted right, NaN when the data has no classes
 * @param confusion     counts [true class][predicted class]; empty (0 x 0) without classes
 * @param predicted     predicted class per example in data order; empty without classes
 * @param actual        true class per example in data order; empty without classes
 * @param probabilities what the model believed, {@code classes} values per example in data order; empty
 *                      without classes
 */
public record Evaluation(int examples, double loss, double accuracy, int[][] confusion, int[] predicted,
                         int[] actual, float[] probabilities) {

    public boolean hasClasses() {
        return confusion.length > 0;
    }

    public int classes() {
        return confusion.length;
    }

    /** The examples of class {@code actual} that the model took for {@code guessed}, in data order. */
    public List<Integer> indicesOf(int actualClass, int guessed) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == actualClass && predicted[i] == guessed) {
                out.add(i);
            }
        }
        return out;
    }

    /** Example i's probability for each class. */
    public float[] probabilities(int i) {
        int classes = classes();
        float[] p = new float[classes];
        System.arraycopy(probabilities, i * classes, p, 0, classes);
        return p;
    }
}
