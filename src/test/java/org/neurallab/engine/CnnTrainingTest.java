package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/** A small CNN learns vertical versus horizontal bars: backward works end to end in float32. */
class CnnTrainingTest {

    /** Noisy 8x8 images with one bright vertical (class 0) or horizontal (class 1) bar at a random place. */
    private static INDArray[] bars(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n * 64];
        float[] t = new float[n * 2];
        for (int i = 0; i < n; i++) {
            int label = r.nextInt(2);
            int line = r.nextInt(8);
            for (int p = 0; p < 64; p++) {
                int row = p / 8;
                int col = p % 8;
                boolean on = label == 0 ? col == line : row == line;
                x[i * 64 + p] = (on ? 1f : 0f) + (float) (r.nextGaussian() * 0.2);
            }
            t[i * 2 + label] = 1f;
        }
        return new INDArray[] {Nd4j.create(x, new long[] {n, 1, 8, 8}), Nd4j.create(t, new long[] {n, 2})};
    }

    private static double accuracy(Sequential model, INDArray x, INDArray t) {
        INDArray predicted = model.predict(x).argMax(1);
        INDArray truth = t.argMax(1);
        return predicted.eq(truth).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    }

    @Test
    void learnsBarsToHighAccuracy() {
        ModelSpec spec = new ModelSpec(new int[] {1, 8, 8}, List.of(
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dropout(0.2),
                new LayerSpec.Dense(2, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        Sequential model = Sequential.build(spec, 9);
        INDArray[] test = bars(400, 100);
        assertThat(accuracy(model, test[0], test[1])).isLessThan(0.9);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 0.01).create();
        double first = 0;
        double last = 0;
        for (int step = 0; step < 300; step++) {
            INDArray[] batch = bars(16, step);
            double loss = model.trainStep(batch[0], batch[1], adam, Regularization.NONE).loss();
            if (step == 0) {
                first = loss;
            }
            last = loss;
        }
        assertThat(last).isLessThan(first);
        assertThat(accuracy(model, test[0], test[1])).isGreaterThan(0.95);
    }
}
