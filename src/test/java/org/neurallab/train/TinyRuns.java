package org.neurallab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;

/** Small models and data sets for the training tests. */
final class TinyRuns {

    private TinyRuns() {
    }

    static Sequential classifier(long seed) {
        return Sequential.build(new ModelSpec(new int[] {2},
                List.of(new LayerSpec.Dense(8, Activation.TANH), new LayerSpec.Dense(2, Activation.SOFTMAX)),
                LossType.SOFTMAX_CROSS_ENTROPY), seed);
    }

    static Sequential linear(long seed) {
        return Sequential.build(new ModelSpec(new int[] {1}, List.of(new LayerSpec.Dense(1, Activation.LINEAR)),
                LossType.MSE), seed);
    }

    /** Two Gaussian blobs around (-1.5, -1.5) and (1.5, 1.5), one-hot labels. */
    static ArrayTrainingData blobs(int n, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][2];
        float[][] y = new float[n][2];
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double centre = c == 0 ? -1.5 : 1.5;
            x[i][0] = (float) (centre + r.nextGaussian());
            x[i][1] = (float) (centre + r.nextGaussian());
            y[i][c] = 1;
        }
        return new ArrayTrainingData(Nd4j.create(x), Nd4j.create(y));
    }

    /** y = 3x + 1 with x drawn uniformly from [-scale, scale]. */
    static ArrayTrainingData line(int n, double scale, long seed) {
        Random r = new Random(seed);
        INDArray x = Nd4j.zeros(DataType.FLOAT, n, 1);
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, 1);
        for (int i = 0; i < n; i++) {
            double v = (r.nextDouble() * 2 - 1) * scale;
            x.putScalar(i, 0, v);
            y.putScalar(i, 0, 3 * v + 1);
        }
        return new ArrayTrainingData(x, y);
    }

    /** Keeps every event of one run. */
    static final class Recorder implements TrainingListener {
        private final List<TrainingEvent> events = new ArrayList<>();

        @Override
        public synchronized void onEvent(TrainingEvent event) {
            events.add(event);
            notifyAll();
        }

        synchronized List<TrainingEvent> events() {
            return List.copyOf(events);
        }

        synchronized <T extends TrainingEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** Waits until this many events of the type have arrived. */
        synchronized void awaitCount(Class<? extends TrainingEvent> type, int count) throws InterruptedException {
            long end = System.currentTimeMillis() + 10_000;
            while (events.stream().filter(type::isInstance).count() < count) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + count + " " + type.getSimpleName()
                            + ", got " + events);
                }
                wait(left);
            }
        }
    }
}
