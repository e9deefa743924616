package org.neurallab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neurallab.bench.LabWorkloads;
import org.neurallab.cli.bench.ClassifierBench;
import org.neurallab.cli.bench.RobustnessBench;
import org.neurallab.cli.bench.SmallNetBench;
import org.neurallab.data.DatasetKind;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.Engine;
import org.neurallab.engine.NativeSetup;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Presets;
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
            "trainlab: one epoch of the Training lab's default model and settings through the training service,",
            "  looking inside the network as the lab's live panel does (--inside off: without that).",
            "robustness: accuracy of the bundled MNIST and Fashion models on distorted test images (--samples of them).",
            "The first line (workload \"settings\") shows the native settings: OMP_WAIT_POLICY as the C library",
            "sees it, the OpenMP, libnd4j and OpenBLAS thread counts and the memory limits."})
public final class BenchCommand implements Callable<Integer> {

    enum Workload { mlp, cnn, playground, heatmap, frame, digits, trainlab, robustness, settings }

    @Parameters(arity = "1..*", paramLabel = "WORKLOAD",
            description = "mlp, cnn, playground, heatmap, frame, digits, trainlab, robustness, settings")
    List<Workload> workloads;

    @Option(names = "--samples", defaultValue = "60000", description = "training images for mlp and cnn, 32-60000 (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--epochs", defaultValue = "20", description = "playground epochs, 1-10000 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--threads", description = "native threads (OpenMP, libnd4j, OpenBLAS), 1-64 (default: all processors)")
    Integer threads;

    @Option(names = "--batch", defaultValue = "32", description = "mlp and cnn batch size, 1-4096 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--hidden", defaultValue = "512", description = "mlp hidden width, 1-4096 (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--inside", defaultValue = "on", description = "trainlab: sample the layers for the live "
            + "panel as the lab does, on or off (default: ${DEFAULT-VALUE})")
    OnOff inside;

    enum OnOff { on, off }

    @Override
    public Integer call() throws Exception {
        System.setProperty("neurallab.bench.inside", inside.name()); // read by the lab's trainlab workload
        CliChecks.range("--samples", samples, 32, 60_000);
        CliChecks.range("--epochs", epochs, 1, 10_000);
        CliChecks.range("--batch", batch, 1, 4096);
        CliChecks.range("--hidden", hidden, 1, 4096);
        if (threads != null) {
            CliChecks.range("--threads", threads, 1, 64);
        }
        if (threads != null) {
            NativeSetup.useThreads(threads);
        }
        Engine.warmUp();
        ObjectMapper json = new ObjectMapper();
        System.out.println(json.writeValueAsString(nativeRow()));
        for (Workload w : workloads) {
            List<Map<String, Object>> rows = switch (w) {
                case mlp -> List.of(classifier("mlp", Presets.mlp(hidden)));
                case cnn -> List.of(classifier("cnn", Presets.cnn()));
                // The playground runs on the plain-Java backend; the ND4J line shows why.
                case playground -> List.of(SmallNetBench.playgroundPlain(epochs, 0), SmallNetBench.playgroundNd4j(epochs, 0));
                case heatmap -> List.of(SmallNetBench.heatmap(0));
                case frame -> List.of(labRow("playground_frame", "neural-lab-plain", LabWorkloads.named("frame").run(samples)));
                case digits -> List.of(labRow("digits_latency", "neural-lab-plain-forward", LabWorkloads.named("digits").run(samples)));
                case trainlab -> List.of(labRow("trainlab", "neural-lab-training-service", LabWorkloads.named("trainlab").run(samples)));
                case settings -> List.<Map<String, Object>>of(); // printed first for every run
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

    /** The peer's mlp or cnn row: the common header, then the training figures. */
    private Map<String, Object> classifier(String name, ModelSpec spec) {
        Map<String, Object> row = header(name);
        row.putAll(ClassifierBench.run(spec, samples, batch));
        if (name.equals("mlp")) {
            row.put("hidden", hidden);
        }
        return row;
    }

    /** What the native code really runs with (OMP_WAIT_POLICY as the C library sees it, thread pools, limits). */
    static Map<String, Object> nativeRow() {
        NativeSetup.Settings s = NativeSetup.effective();
        Map<String, Object> row = header("settings");
        row.put("omp_wait_policy", s.waitPolicy() == null ? "unset" : s.waitPolicy());
        row.put("omp_max_threads", s.ompThreads());
        row.put("nd4j_max_threads", s.nd4jThreads());
        row.put("openblas_threads", s.blasThreads());
        row.put("elementwise_threshold", s.elementwiseThreshold());
        row.put("javacpp_maxbytes_mb", s.maxBytes() >> 20);
        row.put("javacpp_maxphysicalbytes_mb", s.maxPhysical() >> 20);
        row.put("heap_max_mb", s.maxHeap() >> 20);
        row.put("fast", s.fast());
        return row;
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
        row.put("threads", Engine.isReady() ? Nd4j.getEnvironment().maxThreads() : 1);
        return row;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
