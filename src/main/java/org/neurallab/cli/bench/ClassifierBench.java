package org.neurallab.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Engine;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.train.BatchPair;
import org.neurallab.train.Evaluator;
import org.neurallab.train.ImageTrainingData;

/**
 * The mlp and cnn workloads of shared/bench/peer_pytorch.py: one epoch of Adam (lr 1e-3) over the first
 * {@code samples} MNIST training images, then accuracy on the 10,000 test images in chunks of 1000.
 *
 * <p>Timing policy, the same as the peer's: the shuffled order is drawn before the clock starts; the timer
 * covers gathering each batch, forward, backward and the update; there is no warm-up epoch on either side
 * (ND4J's native code is loaded before, as PyTorch's is imported before).
 */
public final class ClassifierBench {
    public static final int TEST_CHUNK = 1000;

    private ClassifierBench() {
    }

    /** One row with the peer's fields: samples, batch, seconds, samples_per_s, test_accuracy. */
    public static Map<String, Object> run(ModelSpec spec, int samples, int batch) {
        Engine.warmUp();
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN).subset(0, samples);
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        ImageLayout layout = ImageTrainingData.layoutFor(spec.inputShape());
        Sequential model = Sequential.build(spec, 0);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 1e-3).create();
        ImageTrainingData data = new ImageTrainingData(train, layout);
        int[] order = train.shuffledIndices(0);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (int from = 0; from < order.length; from += batch) {
            BatchPair b = data.batch(java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batch)));
            model.trainStep(b.x(), b.y(), adam, Regularization.NONE); // the step the Training lab and train run
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double accuracy = Evaluator.evaluate(model, new ImageTrainingData(test, layout), TEST_CHUNK).accuracy();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("samples", train.count());
        row.put("batch", batch);
        row.put("seconds", round(seconds, 3));
        row.put("samples_per_s", Math.round(train.count() / seconds));
        row.put("test_accuracy", round(accuracy, 4));
        row.put("cpu_seconds", round(cpuSeconds, 3));
        return row;
    }

    /**
     * CPU time of the whole process (all threads, native ones included): on a busy machine it shows the work
     * done where wall-clock time mostly shows the other processes.
     */
    public static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
