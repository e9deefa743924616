package org.neurallab.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.Distortion;
import org.neurallab.data.DistortionSuite;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.Sequential;
import org.neurallab.io.ModelFile;
import org.neurallab.data.BundledModels;
import org.neurallab.train.ImageTrainingData;

/**
 * How well a model reads test images that were drawn, scanned or photographed differently from its training
 * set: one JSON line per distortion and strength with the accuracy, then a summary line (mean over all
 * distortions, and the worst moderate one). Digits get every distortion; clothing (Fashion-MNIST) only the
 * raw-image ones, since the digit preprocessing and the pad are for digits.
 */
public final class RobustnessBench {
    private static final int BATCH = 500;
    private final ObjectMapper json = new ObjectMapper();

    /** The distortions measured for a data set, clean first. */
    public static List<Distortion> suite(DatasetKind kind) {
        List<Distortion> all = new ArrayList<>();
        all.add(DistortionSuite.clean());
        all.addAll(DistortionSuite.raw());
        if (kind == DatasetKind.MNIST) {
            all.addAll(DistortionSuite.pictures());
            all.addAll(org.neurallab.bench.LabWorkloads.distortions()); // the pad's, from the composition root
        }
        return all;
    }

    /** Both bundled models (MNIST, then Fashion) on their first {@code samples} test images. */
    public static void runBundled(int samples, PrintStream out) throws java.io.IOException {
        for (DatasetKind kind : new DatasetKind[] {DatasetKind.MNIST, DatasetKind.FASHION}) {
            java.nio.file.Path file = BundledModels.file(kind);
            if (file == null || !java.nio.file.Files.isRegularFile(file)) {
                throw new IllegalArgumentException("robustness: no bundled model at assets/models/" + BundledModels.fileName(kind));
            }
            new RobustnessBench().run(ModelFile.load(file).model(), BundledModels.fileName(kind), kind, samples, out);
        }
    }

    /** Runs the suite on the first {@code samples} test images; returns the summary row (also printed). */
    public Map<String, Object> run(Sequential model, String modelName, DatasetKind kind, int samples, PrintStream out)
            throws JsonProcessingException {
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        int n = Math.min(samples, test.count());
        int[] shape = model.spec().inputShape();
        double sum = 0;
        int rows = 0;
        double worstModerate = 1;
        String worstName = "-";
        for (Distortion d : suite(kind)) {
            long start = System.nanoTime();
            int images = Math.min(n, d.maxImages());
            double accuracy = accuracy(model, shape, test, images, d);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("workload", "robustness");
            row.put("dataset", kind.cliName());
            row.put("model", modelName);
            row.put("distortion", d.name());
            row.put("strength", d.strength());
            row.put("level", d.level().name().toLowerCase(Locale.ROOT));
            row.put("route", d.route());
            row.put("accuracy", Math.round(accuracy * 10_000) / 10_000.0);
            row.put("images", images);
            row.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
            out.println(json.writeValueAsString(row));
            out.flush();
            if (d.level() != Distortion.Level.NONE) {
                sum += accuracy;
                rows++;
            }
            if (d.level() == Distortion.Level.MODERATE && accuracy < worstModerate) {
                worstModerate = accuracy;
                worstName = d.name() + " " + d.strength();
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("workload", "robustness_summary");
        summary.put("dataset", kind.cliName());
        summary.put("model", modelName);
        summary.put("distortions", rows);
        summary.put("mean_accuracy", Math.round(sum / rows * 10_000) / 10_000.0);
        summary.put("worst_moderate_accuracy", Math.round(worstModerate * 10_000) / 10_000.0);
        summary.put("worst_moderate", worstName);
        summary.put("images", n);
        out.println(json.writeValueAsString(summary));
        out.flush();
        return summary;
    }

    /** Accuracy over the first n test images, each changed with a random source seeded by its index. */
    static double accuracy(Sequential model, int[] shape, ImageDataset test, int n, Distortion d) {
        int right = 0;
        float[] flat = new float[BATCH * 784];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            for (int i = from; i < to; i++) {
                float[] img = d.apply(test.image(i), new Random(1_000_003L * i + 17));
                System.arraycopy(img, 0, flat, (i - from) * 784, 784);
            }
            INDArray x = TensorConversion.fromFlat(java.util.Arrays.copyOf(flat, (to - from) * 784), to - from, 28, 28,
                    ImageTrainingData.layoutFor(shape));
            INDArray predicted = model.predict(x).argMax(1);
            for (int i = from; i < to; i++) {
                if (predicted.getInt(i - from) == test.label(i)) {
                    right++;
                }
            }
        }
        return (double) right / n;
    }
}
