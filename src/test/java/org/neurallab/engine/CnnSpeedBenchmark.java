package org.neurallab.engine;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.model.Presets;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Milliseconds per training step (batch 32) of the lecture CNN and of its conv layer alone. Run with -Pslow. */
@Tag("slow")
class CnnSpeedBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(CnnSpeedBenchmark.class);

    @Test
    void measureTrainingStep() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 32, 1, 28, 28);
        INDArray t = Nd4j.zeros(DataType.FLOAT, 32, 10);
        for (int i = 0; i < 32; i++) {
            t.putScalar(i, i % 10, 1f);
        }
        ModelSpec convOnly = new ModelSpec(new int[] {1, 28, 28}, List.of(
                new LayerSpec.Conv2D(64, 3, 1, Padding.VALID, Activation.RELU)), LossType.MSE);
        time("conv layer alone", Sequential.build(convOnly, 1), x, Nd4j.zeros(DataType.FLOAT, 32, 64, 26, 26));
        time("lecture CNN", Sequential.build(Presets.cnn(), 1), x, t);
        time("MLP 128", Sequential.build(Presets.mlp128(), 1), x, t);
    }

    private static void time(String name, Sequential model, INDArray x, INDArray t) {
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 0.001).create();
        for (int i = 0; i < 20; i++) {
            model.trainBatch(x, t, adam, Regularization.NONE);
        }
        int steps = 100;
        // Process CPU time (all threads, native ones included) is steadier than wall time on a busy machine.
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            model.trainBatch(x, t, adam, Regularization.NONE);
        }
        double ms = (System.nanoTime() - start) / 1e6 / steps;
        double cpuMs = (os.getProcessCpuTime() - cpuStart) / 1e6 / steps;
        System.out.printf("BENCH %s: %.2f CPU-ms/step (all threads)%n", name, cpuMs);
        LOG.info("{}: {} ms/step, {} s per 60,000-image epoch", name, String.format("%.2f", ms),
                String.format("%.1f", ms * 1875 / 1000));
        System.out.printf("BENCH %s: %.2f ms/step, %.1f s/epoch%n", name, ms, ms * 1875 / 1000);
    }
}
