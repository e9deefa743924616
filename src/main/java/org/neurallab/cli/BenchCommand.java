package org.neurallab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurallab.cli.bench.RobustnessBench;
import org.neurallab.cli.bench.SmallNetBench;
import org.neurallab.lab.digits.DigitLatencyBench;
import org.neurallab.lab.digits.model.BundledModels;
import org.neurallab.lab.playground.PlaygroundFrameBench;
import org.neurallab.data.Batch;
import org.neurallab.data.Batches;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Engine;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Presets;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.train.Evaluator;
import org.neurallab.train.ImageTrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench}: the workloads of ../shared/bench/peer_pytorch.py, one JSON line each with the same
 * fields, so the two can be compared on one machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the benchmark workloads; one JSON line each.",
            "mlp, cnn, playground, heatmap: as ../shared/bench/peer_pytorch.py defines them (same fields).",
            "frame: one Playground frame (an epoch of a 2-8x6-1 tanh net plus every neuron's heatmap).",
            "digits: stroke-to-probabilities latency of the Digits lab on the bundled MNIST CNN.",
            "robustness: accuracy of the bundled MNIST and Fashion models on distorted test images (--samples of them)."})
public final class BenchCommand implements Callable<Integer> {

    enum Workload { mlp, cnn, playground, heatmap, frame, digits, robustness }

    @Parameters(arity = "1..*", paramLabel = "WORKLOAD", description = "mlp, cnn, playground, heatmap, frame, digits, robustness")
    List<Workload> workloads;

    @Option(names = "--samples", defaultValue = "60000", description = "training images for mlp and cnn, 32-60000 (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--epochs", defaultValue = "20", description = "playground epochs, 1-10000 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Override
    public Integer call() throws Exception {
        CliChecks.range("--samples", samples, 32, 60_000);
        CliChecks.range("--epochs", epochs, 1, 10_000);
        ObjectMapper json = new ObjectMapper();
        for (Workload w : workloads) {
            List<Map<String, Object>> rows = switch (w) {
                case mlp -> List.of(classifier("mlp", Presets.mlp512()));
                case cnn -> List.of(classifier("cnn", Presets.cnn()));
                // The playground runs on the plain-Java backend; the ND4J line shows why.
                case playground -> List.of(SmallNetBench.playgroundPlain(epochs, 0), SmallNetBench.playgroundNd4j(epochs, 0));
                case heatmap -> List.of(SmallNetBench.heatmap(0));
                case frame -> List.of(labRow("playground_frame", "neural-lab-plain", PlaygroundFrameBench.run(100, 300)));
                case digits -> List.of(labRow("digits_latency", "neural-lab-plain-forward", digitLatency()));
                case robustness -> {
                    RobustnessBench.runBundled(Math.min(samples, 10_000), System.out);
                    yield List.of();
                }
            };
            for (Map<String, Object> row : rows) {
                System.out.println(json.writeValueAsString(row));
                System.out.flush();
            }
        }
        return 0;
    }

    /** One epoch over the first --samples MNIST images, Adam lr 1e-3, batch 32; then the full test set. */
    private Map<String, Object> classifier(String name, ModelSpec spec) {
        Engine.warmUp();
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN).subset(0, samples);
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        ImageLayout layout = ImageTrainingData.layoutFor(spec.inputShape());
        Sequential model = Sequential.build(spec, 0);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 1e-3).create();
        long start = System.nanoTime();
        for (Batch b : Batches.shuffled(train, 32, layout, 0)) {
            model.trainBatch(b.inputs(), b.targets(), adam, Regularization.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double accuracy = Evaluator.evaluate(model, new ImageTrainingData(test, layout), 1000).accuracy();
        Map<String, Object> row = header(name);
        row.put("samples", train.count());
        row.put("seconds", round(seconds, 3));
        row.put("samples_per_s", Math.round(train.count() / seconds));
        row.put("test_accuracy", round(accuracy, 4));
        return row;
    }

    private static Map<String, Object> digitLatency() throws java.io.IOException {
        java.nio.file.Path model = BundledModels.file(DatasetKind.MNIST);
        if (model == null || !java.nio.file.Files.isRegularFile(model)) {
            throw new IllegalArgumentException("digits: no bundled MNIST model at assets/models/mnist-cnn.zip");
        }
        return DigitLatencyBench.run(model, 500);
    }

    /** A lab benchmark's fields after the common header; its own description kept as "detail". */
    private static Map<String, Object> labRow(String workload, String engine, Map<String, Object> fields) {
        Map<String, Object> row = header(workload);
        row.put("engine", engine);
        fields.forEach((k, v) -> row.put(k.equals("workload") ? "detail" : k, v instanceof Double d ? round(d, 3) : v));
        return row;
    }

    static Map<String, Object> header(String workload) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", workload);
        row.put("engine", "neural-lab-nd4j-1.0.0-M2.1");
        row.put("threads", Runtime.getRuntime().availableProcessors());
        return row;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
