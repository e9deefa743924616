package org.neurallab.root;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.neurallab.bench.LabWorkload;
import org.neurallab.data.BundledModels;
import org.neurallab.data.DatasetKind;
import org.neurallab.lab.digits.DigitLatencyBench;
import org.neurallab.lab.playground.PlaygroundFrameBench;

/**
 * The labs' hot paths as {@code bench} workloads: the command line runs them through
 * {@link org.neurallab.bench.LabWorkloads} without importing any lab (registered in
 * {@code META-INF/services/org.neurallab.bench.LabWorkload$Provider}).
 */
public final class LabBenchmarks implements LabWorkload.Provider {
    @Override
    public List<LabWorkload> workloads() {
        return List.of(LabWorkload.fixed("frame", () -> PlaygroundFrameBench.run(100, 300)),
                LabWorkload.fixed("digits", LabBenchmarks::digitLatency),
                new LabWorkload("trainlab", org.neurallab.lab.training.TrainingLabBench::run));
    }

    /** MNIST test digits redrawn as pad strokes of each pen width, for {@code bench robustness}. */
    @Override
    public List<org.neurallab.data.Distortion> distortions() {
        return org.neurallab.lab.digits.PadDistortions.all();
    }

    /** Stroke-to-probabilities latency on the bundled MNIST CNN, 500 readings. */
    private static Map<String, Object> digitLatency() throws java.io.IOException {
        Path model = BundledModels.file(DatasetKind.MNIST);
        if (model == null || !Files.isRegularFile(model)) {
            throw new IllegalArgumentException("digits: no bundled MNIST model at assets/models/mnist-cnn.zip");
        }
        return DigitLatencyBench.run(model, 500);
    }
}
