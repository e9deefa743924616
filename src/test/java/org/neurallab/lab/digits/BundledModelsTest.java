package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.data.BundledModels;
import org.neurallab.lab.digits.model.DigitModel;
import org.slf4j.LoggerFactory;

/** The pretrained models that ship in assets/ reach the accuracy the issue promises, on the full test sets. */
class BundledModelsTest {
    @ParameterizedTest
    @CsvSource({"MNIST, 0.992", "FASHION, 0.91"})
    void reachesItsPromisedTestAccuracy(DatasetKind kind, double minimum) throws Exception {
        Path file = BundledModels.file(kind);
        assertThat(file).as("bundled model for " + kind + " (see assets/models/README.md)").isNotNull();
        assertThat(Files.isRegularFile(file)).as("bundled model file " + file).isTrue();
        DigitModel model = DigitModel.load(file);
        assertThat(model.kind()).isEqualTo(kind);
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        int[] all = new int[test.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        long start = System.nanoTime();
        int right = 0;
        for (int from = 0; from < all.length; from += 500) {
            int to = Math.min(all.length, from + 500);
            INDArray predicted = model.predictBatch(TensorConversion.images(test, all, from, to, ImageLayout.NCHW))
                    .argMax(1);
            for (int i = from; i < to; i++) {
                if (predicted.getInt(i - from) == test.label(i)) {
                    right++;
                }
            }
        }
        double accuracy = (double) right / all.length;
        LoggerFactory.getLogger(BundledModelsTest.class).info("{} bundled model: test accuracy {} in {} s", kind,
                accuracy, (System.nanoTime() - start) / 1e9);
        assertThat(accuracy).isGreaterThanOrEqualTo(minimum);
    }

    /**
     * The models read distorted images (thicker and thinner strokes, rotation, slant, scale, blur, noise; for
     * MNIST also small and off-centre drawings, paper photos and pad strokes of every pen width; see bench
     * robustness) well on average, and no moderate distortion badly. The bounds are what the committed models
     * reach on the first 1,000 test images (assets/models/README.md), rounded down; 1,000 images keep this to
     * about a minute per model.
     */
    @ParameterizedTest
    @CsvSource({"MNIST, mnist-cnn.zip, 0.95, 0.90", "FASHION, fashion-cnn.zip, 0.78, 0.65"})
    void readsDistortedImagesWell(DatasetKind kind, String name, double meanOverDistortions, double worstModerate)
            throws Exception {
        DigitModel model = DigitModel.load(BundledModels.file(kind));
        var out = new java.io.ByteArrayOutputStream();
        var summary = new org.neurallab.cli.bench.RobustnessBench().run(model.network(), name, kind, 1000,
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        LoggerFactory.getLogger(BundledModelsTest.class).info("robustness: {}", summary);
        assertThat((double) summary.get("mean_accuracy")).isGreaterThanOrEqualTo(meanOverDistortions);
        assertThat((double) summary.get("worst_moderate_accuracy")).isGreaterThanOrEqualTo(worstModerate);
    }
}
