package org.neurallab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Regularization;

/**
 * Measures a model on data in inference mode (dropout off), batch by batch so that big test sets fit in
 * memory: loss, accuracy, confusion matrix and every example's probabilities (the Training lab's results,
 * validation, the CLI's test accuracy). It uses the model, so it must not run while the worker trains that model: from a UI, call it
 * through {@link TrainingService#evaluate} or {@link TrainingService#runOnWorker}.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(Sequential model, TrainingData data, int batchSize) {
        return evaluate(model, data, batchSize, Regularization.NONE);
    }

    /** With the penalty added to the loss, as in the training loss (used for validation). */
    public static Evaluation evaluate(Sequential model, TrainingData data, int batchSize,
                                      Regularization regularization) {
        if (model == null || data == null) {
            throw new IllegalArgumentException("model and data must not be null");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        int n = data.size();
        if (n < 1) {
            throw new IllegalArgumentException("data to evaluate must have at least one example");
        }
        int classes = data.classes();
        int[] predicted = new int[n];
        int[] actual = new int[n];
        float[] probabilities = new float[n * Math.max(classes, 0)];
        boolean withClasses = true;
        double lossSum = 0;
        for (int start = 0; start < n; start += batchSize) {
            int size = Math.min(batchSize, n - start);
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = start + i;
            }
            BatchPair batch = data.batch(indices);
            INDArray out = model.forward(batch.x(), false);
            lossSum += model.loss().forward(out, batch.y()) * size;
            withClasses &= ClassPredictions.applies(out, classes);
            if (withClasses) {
                INDArray p = model.loss().activate(out);
                ClassPredictions.probabilities(p, classes, probabilities, start * classes);
                System.arraycopy(ClassPredictions.of(p), 0, predicted, start, size);
                System.arraycopy(ClassPredictions.of(batch.y()), 0, actual, start, size);
            }
        }
        double loss = lossSum / n + regularization.penalty(model.params());
        if (!withClasses) {
            return new Evaluation(n, loss, Double.NaN, new int[0][0], new int[0], new int[0], new float[0]);
        }
        int[][] confusion = new int[classes][classes];
        for (int i = 0; i < n; i++) {
            confusion[actual[i]][predicted[i]]++;
        }
        return new Evaluation(n, loss, ClassPredictions.correct(predicted, actual) / (double) n, confusion,
                predicted, actual, probabilities);
    }
}
