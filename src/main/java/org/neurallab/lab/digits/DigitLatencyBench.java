package org.neurallab.lab.digits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.pad.Stroke;

/**
 * Stroke-to-probabilities latency, the way the pad works: raster the strokes, preprocess like MNIST,
 * predict. No JavaFX, so the CLI {@code bench} command can call it.
 */
public final class DigitLatencyBench {
    static final double PEN = 22;
    private static final int WARM_UP = 30;

    private DigitLatencyBench() {
    }

    /**
     * @return "model", "iterations", "p50Ms", "p95Ms", "meanMs", "maxMs" (milliseconds, whole path) and the
     *         medians of its two parts: "rasterAndPreprocessP50Ms" and "predictP50Ms"; "cpuP50Ms" and
     *         "cpuP95Ms" are the thread's CPU time (the wall time also counts waiting for a busy processor)
     */
    public static Map<String, Object> run(Path modelFile, int iterations) throws IOException {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        DigitModel model = DigitModel.load(modelFile);
        Random rng = new Random(1);
        for (int i = 0; i < WARM_UP; i++) {
            once(model, rng, new long[2]);
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] total = new double[iterations];
        double[] cpuTotal = new double[iterations];
        double[] prepare = new double[iterations];
        double[] predict = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long[] parts = new long[2];
            long c0 = cpu.getCurrentThreadCpuTime();
            once(model, rng, parts);
            cpuTotal[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
            prepare[i] = parts[0] / 1e6;
            predict[i] = parts[1] / 1e6;
            total[i] = prepare[i] + predict[i];
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", modelFile.toString());
        out.put("iterations", iterations);
        out.put("p50Ms", percentile(total, 50));
        out.put("p95Ms", percentile(total, 95));
        out.put("meanMs", Arrays.stream(total).average().orElse(0));
        out.put("maxMs", Arrays.stream(total).max().orElse(0));
        // CPU time of this thread: what the path costs when the machine is not busy with other work.
        out.put("cpuP50Ms", percentile(cpuTotal, 50));
        out.put("cpuP95Ms", percentile(cpuTotal, 95));
        out.put("rasterAndPreprocessP50Ms", percentile(prepare, 50));
        out.put("predictP50Ms", percentile(predict, 50));
        return out;
    }

    private static void once(DigitModel model, Random rng, long[] parts) {
        List<Stroke> strokes = sevenLike(rng);
        long t0 = System.nanoTime();
        PadReading reading = PadPipeline.read(strokes, null, InputMode.DIGIT, PEN);
        long t1 = System.nanoTime();
        model.predict(reading.pixels());
        long t2 = System.nanoTime();
        parts[0] = t1 - t0;
        parts[1] = t2 - t1;
    }

    /** A hand-drawn-looking 7 with some jitter, so every iteration has a slightly different drawing. */
    static List<Stroke> sevenLike(Random rng) {
        Stroke s = new Stroke(PEN, false);
        double j = 8;
        List<double[]> corners = List.of(new double[] {80, 70}, new double[] {200, 70}, new double[] {130, 220});
        double[] prev = null;
        for (double[] c : corners) {
            double x = c[0] + rng.nextGaussian() * j;
            double y = c[1] + rng.nextGaussian() * j;
            if (prev != null) {
                for (int k = 1; k <= 12; k++) {
                    s.add(prev[0] + (x - prev[0]) * k / 12, prev[1] + (y - prev[1]) * k / 12);
                }
            } else {
                s.add(x, y);
            }
            prev = new double[] {x, y};
        }
        List<Stroke> list = new ArrayList<>();
        list.add(s);
        return list;
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
