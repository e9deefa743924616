package org.neurallab.train;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.Workspaces;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Regularization;

/**
 * Measures a model on data in inference mode (dropout off), batch by batch so that big test sets fit in
 * memory: loss, accuracy, confusion matrix and every example's probabilities (the Training lab's results,
 * validation, the CLI's test accuracy). It uses the model, so it must not run while the worker trains that model: from a UI, call it
 * through {@link TrainingService#evaluate} or {@link TrainingService#runOnWorker}.
 */
public final class Evaluator {
    /** A layer output of 4M floats is 16 MB; a chunk of the lecture CNN is then about 100 images. */
    static final long CHUNK_VALUES = 4L << 20;

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
        int chunk = Math.min(batchSize, chunkFor(model));
        for (int start = 0; start < n; start += chunk) {
            int size = Math.min(chunk, n - start);
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = start + i;
            }
            // The chunk's temporaries live in a workspace the next chunk reuses, so memory stays at one chunk's.
            try (MemoryWorkspace ignored = Workspaces.open(Workspaces.EVALUATE)) {
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

    /** Examples per chunk so that no layer's output for the chunk exceeds {@link #CHUNK_VALUES} numbers. */
    static int chunkFor(Sequential model) {
        long widest = 1;
        for (int i = 0; i < model.layers().size(); i++) {
            long size = 1;
            for (int d : model.outputShape(i)) {
                size *= d;
            }
            widest = Math.max(widest, size);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, CHUNK_VALUES / widest));
    }
}
