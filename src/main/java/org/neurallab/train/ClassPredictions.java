package org.neurallab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Turns outputs and targets into class numbers: the largest output wins (argmax), and a single output
 * means class 1 when it is at least 0.5 (a sigmoid probability). Without classes there is no accuracy.
 */
final class ClassPredictions {

    private ClassPredictions() {
    }

    /** Whether outputs of this shape can be read as one of {@code classes} classes. */
    static boolean applies(INDArray outputs, int classes) {
        return classes >= 2 && outputs.rank() == 2
                && (outputs.columns() == classes || (outputs.columns() == 1 && classes == 2));
    }

    /** Class number per row of probabilities (or one-hot targets). */
    static int[] of(INDArray rows) {
        int n = (int) rows.rows();
        int[] classes = new int[n];
        if (rows.columns() == 1) {
            for (int i = 0; i < n; i++) {
                classes[i] = rows.getDouble(i, 0) >= 0.5 ? 1 : 0;
            }
            return classes;
        }
        INDArray argMax = rows.argMax(1);
        for (int i = 0; i < n; i++) {
            classes[i] = argMax.getInt(i);
        }
        return classes;
    }

    /**
     * Copies each row's class probabilities into {@code into} from {@code offset}, {@code classes} values a
     * row; a single sigmoid output p stands for the two classes (1 - p, p).
     */
    static void probabilities(INDArray rows, int classes, float[] into, int offset) {
        int n = (int) rows.rows();
        if (rows.columns() == 1) {
            for (int i = 0; i < n; i++) {
                float p = rows.getFloat(i, 0);
                into[offset + 2 * i] = 1 - p;
                into[offset + 2 * i + 1] = p;
            }
            return;
        }
        float[] values = rows.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
        System.arraycopy(values, 0, into, offset, n * classes);
    }

    /** How many rows are predicted right. */
    static int correct(int[] predicted, int[] actual) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == actual[i]) {
                correct++;
            }
        }
        return correct;
    }
}
