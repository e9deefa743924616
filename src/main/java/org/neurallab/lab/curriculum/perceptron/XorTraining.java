package org.neurallab.lab.curriculum.perceptron;

import java.util.List;
import java.util.Random;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.OutputLoss;

/**
 * Lecture 001's keras_xor.py on the engine: Dense(2, sigmoid) then Dense(1, sigmoid), mean squared
 * error, SGD with learning rate 0.1, one example per step, the four examples shuffled every epoch (as
 * Keras' fit does), 10,000 epochs. It runs on the engine's plain-Java backend, which takes the same model
 * spec as the ND4J one: for a 2-2-1 net ND4J's per-operation cost would make 40,000 steps take tens of
 * seconds instead of a fraction of one.
 *
 * <p>Not thread-safe: one training belongs to one thread.
 */
public final class XorTraining {
    public static final int LECTURE_EPOCHS = 10_000;
    public static final double LECTURE_LEARNING_RATE = 0.1;
    /** A seed that converges close to the lecture's numbers; seeds 1, 8 and 10 stop in a local minimum. */
    public static final long LECTURE_SEED = 14;

    /** The four inputs in the lecture's order and the exclusive-or of each. */
    public static final double[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    public static final double[][] TARGETS = {{0}, {1}, {1}, {0}};

    private final DenseNet net;
    private final Random shuffle;
    private final int[] order = {0, 1, 2, 3};
    private int epoch;

    public XorTraining(long seed) {
        ModelSpec spec = new ModelSpec(new int[] {2},
                List.of(new LayerSpec.Dense(2, Activation.SIGMOID), new LayerSpec.Dense(1, Activation.SIGMOID)),
                LossType.MSE);
        net = DenseNet.build(spec, seed, OutputLoss.MSE);
        net.setOptimizer(new OptimizerSpec(OptimizerType.SGD, LECTURE_LEARNING_RATE));
        // a second stream from the same seed for the example order, so the weights draw is untouched
        shuffle = new Random(seed * 31 + 7);
    }

    /**
     * One epoch: the four examples in a fresh random order, one SGD step each.
     *
     * @return the mean of the four step losses, as Keras prints for the epoch
     */
    public double epoch() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double sum = 0;
        double[][] x = new double[1][];
        double[][] y = new double[1][];
        for (int k : order) {
            x[0] = INPUTS[k];
            y[0] = TARGETS[k];
            sum += net.trainBatch(x, y);
        }
        epoch++;
        return sum / order.length;
    }

    /** Trains to the lecture's 10,000 epochs in one go (for tests and the CLI-like check). */
    public void trainToLecture() {
        while (epoch < LECTURE_EPOCHS) {
            epoch();
        }
    }

    public int epochsDone() {
        return epoch;
    }

    /** The network's output for each of the four inputs, in the lecture's order. */
    public double[] predictions() {
        double[] out = new double[INPUTS.length];
        for (int i = 0; i < INPUTS.length; i++) {
            out[i] = net.predict(INPUTS[i])[0];
        }
        return out;
    }

    /** Hidden neuron outputs for one input, to show what the two hidden neurons learned. */
    public double[] hidden(double[] input) {
        double[][] all = net.newActivations();
        net.forwardAll(input, all);
        return all[0];
    }

    /** Mean squared error over the four examples, no update. */
    public double loss() {
        return net.loss(INPUTS, TARGETS);
    }

    /**
     * True when the net has settled without solving XOR: an output on the wrong side of 0.5 after the
     * lecture's epochs. Two sigmoid hidden units can park in a local minimum where one of the four
     * points is stuck near 0.5 (or two are tied), and more epochs of plain SGD do not get it out.
     */
    public boolean isStuck() {
        double[] p = predictions();
        for (int i = 0; i < p.length; i++) {
            if (Math.round(p[i]) != Math.round(TARGETS[i][0])) {
                return true;
            }
        }
        return false;
    }
}
