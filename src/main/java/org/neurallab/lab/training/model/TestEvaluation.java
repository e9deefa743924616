package org.neurallab.lab.training.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.Shapes;

/**
 * A trained model measured on the test images: accuracy, the confusion matrix (rows = true class,
 * columns = predicted) and every image's predicted probabilities, so the lab can show the images
 * behind any cell. Runs on the training worker, never on the FX thread (10,000 images take a while).
 */
public final class TestEvaluation {
    private static final int BATCH = 500;

    private final int classes;
    private final int[][] confusion;
    private final int[] labels;
    private final int[] predicted;
    private final float[] probabilities;
    private final int correct;

    private TestEvaluation(int classes, int[][] confusion, int[] labels, int[] predicted, float[] probabilities,
                           int correct) {
        this.classes = classes;
        this.confusion = confusion;
        this.labels = labels;
        this.predicted = predicted;
        this.probabilities = probabilities;
        this.correct = correct;
    }

    /** Where the images come from: one flattened image (pixels 0..1) and its label at a time. */
    public interface Images {
        int size();

        float[] pixels(int i);

        int label(int i);
    }

    /** A data set's images as evaluation reads them. */
    public static Images images(org.neurallab.data.ImageDataset images) {
        return new Images() {
            @Override
            public int size() {
                return images.count();
            }

            @Override
            public float[] pixels(int i) {
                return images.image(i);
            }

            @Override
            public int label(int i) {
                return images.label(i);
            }
        };
    }

    public static TestEvaluation run(Sequential model, Images images, int classes) {
        int n = images.size();
        int[] shape = model.inputShape();
        int perImage = Shapes.product(shape);
        int[][] confusion = new int[classes][classes];
        int[] labels = new int[n];
        int[] predicted = new int[n];
        float[] probs = new float[n * classes];
        int correct = 0;
        for (int start = 0; start < n; start += BATCH) {
            int b = Math.min(BATCH, n - start);
            float[] flat = new float[b * perImage];
            for (int i = 0; i < b; i++) {
                System.arraycopy(images.pixels(start + i), 0, flat, i * perImage, perImage);
            }
            INDArray x = Nd4j.create(flat, Shapes.batchShape(b, shape), 'c');
            float[] p = model.predict(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).data().asFloat();
            for (int i = 0; i < b; i++) {
                int idx = start + i;
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (p[i * classes + c] > p[i * classes + best]) {
                        best = c;
                    }
                }
                labels[idx] = images.label(idx);
                predicted[idx] = best;
                System.arraycopy(p, i * classes, probs, idx * classes, classes);
                confusion[labels[idx]][best]++;
                if (best == labels[idx]) {
                    correct++;
                }
            }
        }
        return new TestEvaluation(classes, confusion, labels, predicted, probs, correct);
    }

    public double accuracy() {
        return labels.length == 0 ? Double.NaN : (double) correct / labels.length;
    }

    public int size() {
        return labels.length;
    }

    public int classes() {
        return classes;
    }

    /** Rows are the true classes, columns the predicted ones. */
    public int[][] confusion() {
        int[][] copy = new int[classes][];
        for (int i = 0; i < classes; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** The test images of class {@code actual} that the model took for {@code guessed}. */
    public List<Integer> indicesOf(int actual, int guessed) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == actual && predicted[i] == guessed) {
                out.add(i);
            }
        }
        return out;
    }

    public int predicted(int i) {
        return predicted[i];
    }

    public int label(int i) {
        return labels[i];
    }

    public float[] probabilities(int i) {
        float[] p = new float[classes];
        System.arraycopy(probabilities, i * classes, p, 0, classes);
        return p;
    }
}
