package org.neurallab.lab.digits.model;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/** Trains a single softmax layer (a "head") on features: the fast part of teach-your-own and fine-tuning. */
public final class HeadTrainer {

    /** Called from the training thread after each step. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, double loss);
    }

    private HeadTrainer() {
    }

    /** A new head [features] -> Dense(classes, softmax) with seeded random weights. */
    public static Sequential newHead(int features, int classes, long seed) {
        return Sequential.build(new ModelSpec(new int[] {features},
                List.of(new LayerSpec.Dense(classes, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY), seed);
    }

    /** A head starting from the last layer of {@code network} (same weights). */
    public static Sequential headOf(Sequential network) {
        List<Param> last = network.layers().get(network.layers().size() - 1).params();
        INDArray w = last.get(0).value();
        Sequential head = newHead((int) w.size(0), (int) w.size(1), 0);
        head.params().get(0).value().assign(w);
        head.params().get(1).value().assign(last.get(1).value());
        return head;
    }

    /** Copies the head's weights into the last layer of {@code network}. */
    public static void install(Sequential head, Sequential network) {
        List<Param> last = network.layers().get(network.layers().size() - 1).params();
        last.get(0).value().assign(head.params().get(0).value());
        last.get(1).value().assign(head.params().get(1).value());
    }

    /**
     * Full-batch Adam on (features, labels) for up to {@code steps} steps, stopping early once cancelled.
     *
     * @return the last loss
     */
    public static double train(Sequential head, INDArray features, int[] labels, int steps, double learningRate,
                               Progress progress, BooleanSupplier cancelled) {
        INDArray target = oneHot(labels, (int) head.outputShape(0)[0]);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, learningRate).create();
        double loss = Double.NaN;
        for (int s = 0; s < steps && !cancelled.getAsBoolean(); s++) {
            loss = head.trainBatch(features, target, adam, Regularization.NONE);
            progress.step(s + 1, steps, loss);
        }
        return loss;
    }

    /** Fraction of rows whose most likely class is the label. */
    public static double accuracy(Sequential head, INDArray features, int[] labels) {
        INDArray predicted = head.predict(features).argMax(1);
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted.getInt(i) == labels[i]) {
                right++;
            }
        }
        return labels.length == 0 ? 0 : (double) right / labels.length;
    }

    public static INDArray oneHot(int[] labels, int classes) {
        float[] hot = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            hot[i * classes + labels[i]] = 1f;
        }
        return Nd4j.create(hot, new long[] {labels.length, classes}, 'c');
    }
}
