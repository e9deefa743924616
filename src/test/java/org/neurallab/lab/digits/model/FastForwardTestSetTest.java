package org.neurallab.lab.digits.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurallab.data.BundledModels;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.Sequential;
import org.slf4j.LoggerFactory;

/**
 * The Digits lab reads drawings with {@link FastForward}, not with the engine. On every one of the 10,000
 * test images of each bundled model, both must pick the same class, so both have the same accuracy. The
 * only difference allowed is a near tie: when the engine's two best probabilities are closer than float
 * rounding between the two implementations can separate, either answer is the model's answer.
 */
class FastForwardTestSetTest {
    private static final int BATCH = 1000;
    /** Both compute in float32 with sums in different orders; a tie closer than this can go either way. */
    private static final double TIE = 1e-4;

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void picksTheEnginesClassOnEveryTestImage(DatasetKind kind) throws Exception {
        Path file = BundledModels.file(kind);
        assertThat(file).as("bundled model for " + kind).isNotNull();
        Sequential net = DigitModel.load(file).network();
        FastForward fast = FastForward.of(net);
        assertThat(fast).as("the bundled model takes the fast path").isNotNull();
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        int n = test.count();
        assertThat(n).isEqualTo(10_000);

        long t0 = System.nanoTime();
        int[] all = IntStream.range(0, n).toArray();
        int[] engineClass = new int[n];
        float[][] engineTop2 = new float[n][];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            float[] p = net.predict(TensorConversion.images(test, all, from, to, ImageLayout.NCHW))
                    .castTo(DataType.FLOAT).dup('c').data().asFloat();
            int classes = p.length / (to - from);
            for (int i = from; i < to; i++) {
                int best = argmax(p, (i - from) * classes, classes);
                engineClass[i] = best;
                engineTop2[i] = top2(p, (i - from) * classes, classes);
            }
        }
        long t1 = System.nanoTime();
        int[] fastClass = IntStream.range(0, n).parallel().map(i -> {
            List<float[]> outs = fast.forwardAll(test.image(i));
            float[] p = outs.get(outs.size() - 1);
            return argmax(p, 0, p.length);
        }).toArray();
        long t2 = System.nanoTime();

        List<String> differences = new ArrayList<>();
        int engineRight = 0;
        int fastRight = 0;
        for (int i = 0; i < n; i++) {
            engineRight += engineClass[i] == test.label(i) ? 1 : 0;
            fastRight += fastClass[i] == test.label(i) ? 1 : 0;
            if (engineClass[i] != fastClass[i]) {
                differences.add("image " + i + ": engine " + engineClass[i] + " (top two "
                        + engineTop2[i][0] + ", " + engineTop2[i][1] + "), fast path " + fastClass[i]);
                assertThat(engineTop2[i][0] - engineTop2[i][1]).as("only a near tie may differ: "
                        + differences.get(differences.size() - 1)).isLessThan((float) TIE);
            }
        }
        LoggerFactory.getLogger(FastForwardTestSetTest.class).info("{}: engine accuracy {} ({} s), fast path {} ({} s), {} near ties {}", kind,
                engineRight / (double) n, (t1 - t0) / 1e9, fastRight / (double) n, (t2 - t1) / 1e9,
                differences.size(), differences);
        assertThat(Math.abs(fastRight - engineRight)).as("accuracy differs only by the near ties")
                .isLessThanOrEqualTo(differences.size());
        if (differences.isEmpty()) {
            assertThat(fastRight).isEqualTo(engineRight);
        }
    }

    private static int argmax(float[] p, int offset, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (p[offset + c] > p[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /** The two largest probabilities, largest first. */
    private static float[] top2(float[] p, int offset, int count) {
        float first = Float.NEGATIVE_INFINITY;
        float second = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            float v = p[offset + c];
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return new float[] {first, second};
    }
}
