package org.neurallab.lab.convolution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.neurallab.data.ImageDataset;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * When no trained model is at hand: trains a very small CNN (8 filters of 3x3, max pooling, one dense layer) on a
 * few thousand MNIST digits for a few seconds, just long enough for the first-layer filters to turn from noise into
 * edge and stroke detectors. Runs on the caller's (background) thread.
 */
public final class TinyCnnTrainer {
    public static final int FILTERS = 8;
    public static final int KERNEL = 3;
    private static final int EXAMPLES = 3000;
    private static final int BATCH = 32;

    private TinyCnnTrainer() {
    }

    public static ModelSpec spec() {
        return new ModelSpec(new int[] {1, 28, 28}, List.of(
                new LayerSpec.Conv2D(FILTERS, KERNEL, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    }

    /**
     * @param maxSteps  batches to train at most
     * @param millis    time budget
     * @param cancelled polled between batches
     * @param progress  told the number of batches done
     */
    public static LearnedFilters train(Path datasets, long seed, int maxSteps, long millis, BooleanSupplier cancelled,
                                       IntConsumer progress) throws IOException {
        ImageDataset data = SampleImages.training(datasets, SampleImages.Source.MNIST, EXAMPLES);
        Sequential model = Sequential.build(spec(), seed);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 0.01).create();
        int n = data.count();
        long end = System.currentTimeMillis() + millis;
        int step = 0;
        while (step < maxSteps && System.currentTimeMillis() < end && !cancelled.getAsBoolean()) {
            int from = (step * BATCH) % (n - BATCH);
            float[] x = new float[BATCH * 28 * 28];
            float[] t = new float[BATCH * 10];
            for (int i = 0; i < BATCH; i++) {
                data.copyImage(from + i, x, i * 784);
                t[i * 10 + data.label(from + i)] = 1;
            }
            INDArray xs = Nd4j.create(x, new long[] {BATCH, 1, 28, 28}).castTo(model.dataType());
            INDArray ts = Nd4j.create(t, new long[] {BATCH, 10}).castTo(model.dataType());
            model.trainBatch(xs, ts, adam, Regularization.NONE);
            step++;
            progress.accept(step);
        }
        return LearnedFilters.fromModel(model, "tiny-cnn");
    }
}
