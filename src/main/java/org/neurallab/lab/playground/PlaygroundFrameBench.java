package org.neurallab.lab.playground;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * The Playground's per-frame work without any drawing toolkit: one training epoch on the circle
 * data (about 250 training points, batch 10) plus every neuron's heatmap at the resolution drawn
 * ({@link GridMaps}), coloured into pixels. Network: 6 hidden layers of 8 tanh neurons. The goal is
 * at most 4 ms a frame so training at 60 frames per second leaves time to draw. Usable from the CLI.
 */
public final class PlaygroundFrameBench {
    private PlaygroundFrameBench() {
    }

    public static PlaygroundConfig benchConfig() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.setDataset(PointDataset.CIRCLE);
        c.setFeatures(EnumSet.of(Feature.X1, Feature.X2));
        List<HiddenLayer> layers = new ArrayList<>();
        for (int i = 0; i < PlaygroundConfig.MAX_HIDDEN_LAYERS; i++) {
            layers.add(new HiddenLayer(8, Activation.TANH));
        }
        c.setLayers(layers);
        return c;
    }

    /**
     * Times {@code frames} frames after {@code warmup} untimed ones.
     *
     * @return ordered fields: median, 90th percentile and mean ms per frame, and the split into epoch and heatmaps
     */
    public static Map<String, Object> run(int warmup, int frames) {
        return run(warmup, frames, GridMaps.OUTPUT_RESOLUTION, GridMaps.NEURON_RESOLUTION);
    }

    /** As {@link #run(int, int)} at other resolutions, to see what each costs. */
    public static Map<String, Object> run(int warmup, int frames, int outputResolution, int neuronResolution) {
        if (warmup < 0 || frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1 and warm-up not negative");
        }
        PlaygroundSession session = PlaygroundSession.start(benchConfig());
        GridMaps maps = new GridMaps(session.net(), session.features(), outputResolution, neuronResolution);
        FrameSnapshot snapshot = maps.newSnapshot();
        ColorRamp colors = new ColorRamp(session.config().getPalette());
        for (int i = 0; i < warmup; i++) {
            session.trainEpoch();
            maps.fill(snapshot, colors, false);
        }
        double[] total = new double[frames];
        double[] epoch = new double[frames];
        double[] heatmaps = new double[frames];
        double[] cpu = new double[frames];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        for (int i = 0; i < frames; i++) {
            long c0 = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            session.trainEpoch();
            long t1 = System.nanoTime();
            maps.fill(snapshot, colors, false);
            long t2 = System.nanoTime();
            total[i] = (t2 - t0) / 1e6;
            // CPU time of this thread: what the frame costs when other programs share the cores
            cpu[i] = cpuTime ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
            epoch[i] = (t1 - t0) / 1e6;
            heatmaps[i] = (t2 - t1) / 1e6;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workload", "playground frame (plain-Java backend): 1 epoch + all heatmaps, 2-8x6-1 tanh, "
                + session.points().train().size() + " training points");
        result.put("output_resolution", maps.resolution());
        result.put("neuron_resolution", maps.neuronResolution());
        result.put("frames", frames);
        result.put("ms_per_frame_median", round(percentile(total, 50)));
        result.put("ms_per_frame_p90", round(percentile(total, 90)));
        result.put("ms_per_frame_mean", round(Arrays.stream(total).average().orElse(0)));
        result.put("ms_cpu_per_frame_median", round(percentile(cpu, 50)));
        result.put("ms_epoch_median", round(percentile(epoch, 50)));
        // timed on its own in each frame, not a difference of two medians
        result.put("ms_heatmaps_median", round(percentile(heatmaps, 50)));
        result.put("goal_ms", 4.0);
        return result;
    }

    private static double percentile(double[] values, int p) {
        List<Double> sorted = new ArrayList<>();
        for (double v : values) {
            sorted.add(v);
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p / 100.0 * sorted.size())));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    public static void main(String[] args) {
        if (args.length == 2) {
            run(300, 300, Integer.parseInt(args[0]), Integer.parseInt(args[1]))
                    .forEach((k, v) -> System.out.println(k + ": " + v));
            return;
        }
        run(300, 300).forEach((k, v) -> System.out.println(k + ": " + v));
    }
}
