package org.neurallab.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.Distortion;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.Sequential;
import org.neurallab.io.CalibrationFile;
import org.neurallab.train.Calibration;
import org.neurallab.train.ImageTrainingData;

/**
 * Fits a model's temperature on the last {@code HELD_OUT} training images, each read once clean and once
 * through one of the robustness benchmark's distortions (so T suits drawings, not only MNIST's own
 * writing), saves it beside the model and prints the expected calibration error on the test set, clean and
 * distorted, before and after.
 */
public final class CalibrationRun {
    public static final int HELD_OUT = 5000;
    private static final int BATCH = 500;

    private CalibrationRun() {
    }

    public static double run(Sequential model, Path modelFile, DatasetKind kind, PrintStream out) throws IOException {
        List<Distortion> distortions = RobustnessBench.suite(kind).subList(1, RobustnessBench.suite(kind).size());
        ImageDataset train = MnistLoader.load(kind, Split.TRAIN);
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        int from = train.count() - HELD_OUT;
        float[][] fit = new float[2 * HELD_OUT][];
        int[] fitLabels = new int[2 * HELD_OUT];
        float[][] clean = predict(model, train, from, HELD_OUT, null);
        float[][] bent = predict(model, train, from, HELD_OUT, distortions);
        for (int i = 0; i < HELD_OUT; i++) {
            fit[2 * i] = clean[i];
            fit[2 * i + 1] = bent[i];
            fitLabels[2 * i] = train.label(from + i);
            fitLabels[2 * i + 1] = train.label(from + i);
        }
        double t = Calibration.fitTemperature(fit, fitLabels);
        int[] testLabels = new int[test.count()];
        for (int i = 0; i < testLabels.length; i++) {
            testLabels[i] = test.label(i);
        }
        float[][] testClean = predict(model, test, 0, test.count(), null);
        float[][] testBent = predict(model, test, 0, test.count(), distortions);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", "calibration");
        row.put("dataset", kind.cliName());
        row.put("model", modelFile.getFileName().toString());
        row.put("temperature", round(t));
        row.put("fitted_on", "training images " + from + "-" + (train.count() - 1) + ", clean and distorted");
        row.put("ece_clean_before", round(Calibration.ece(testClean, testLabels, Calibration.ECE_BINS)));
        row.put("ece_clean_after", round(Calibration.ece(Calibration.scaleAll(testClean, t), testLabels, Calibration.ECE_BINS)));
        row.put("ece_distorted_before", round(Calibration.ece(testBent, testLabels, Calibration.ECE_BINS)));
        row.put("ece_distorted_after", round(Calibration.ece(Calibration.scaleAll(testBent, t), testLabels, Calibration.ECE_BINS)));
        row.put("nll_distorted_before", round(Calibration.nll(testBent, testLabels, 1)));
        row.put("nll_distorted_after", round(Calibration.nll(testBent, testLabels, t)));
        row.put("bins", Calibration.ECE_BINS);
        out.println(new ObjectMapper().writeValueAsString(row));
        Map<String, Object> notes = new LinkedHashMap<>(row);
        notes.remove("workload");
        notes.remove("temperature");
        CalibrationFile.save(modelFile, t, notes);
        out.println("saved " + CalibrationFile.beside(modelFile));
        return t;
    }

    /** Probabilities for images from..from+n-1, each through distortion (index mod count) when given. */
    static float[][] predict(Sequential model, ImageDataset data, int from, int n, List<Distortion> distortions) {
        float[][] out = new float[n][];
        int[] shape = model.spec().inputShape();
        float[] flat = new float[BATCH * 784];
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            for (int i = start; i < end; i++) {
                int index = from + i;
                float[] img = data.image(index);
                if (distortions != null) {
                    img = distortions.get(index % distortions.size()).apply(img, new Random(1_000_003L * index + 17));
                }
                System.arraycopy(img, 0, flat, (i - start) * 784, 784);
            }
            INDArray x = TensorConversion.fromFlat(java.util.Arrays.copyOf(flat, (end - start) * 784), end - start,
                    28, 28, ImageTrainingData.layoutFor(shape));
            INDArray p = model.predict(x);
            for (int i = start; i < end; i++) {
                out[i] = p.getRow(i - start).toFloatVector();
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
