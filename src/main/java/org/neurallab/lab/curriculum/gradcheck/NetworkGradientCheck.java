package org.neurallab.lab.curriculum.gradcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.GradientCheck;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Regularization;

/**
 * Gradient check on a small engine network, 4 inputs, 5 hidden units, 3 classes with softmax
 * cross-entropy (the shape of lecture 002's TwoLayerNet, whose parameters are W1, b1, W2, b2): every
 * weight's numerical gradient (central difference, as the lecture's numerical_gradient computes it)
 * next to the back-propagated one. The engine's per-parameter check ({@link GradientCheck}) only keeps
 * the worst entry, so the entries are computed here, with its relative-error formula.
 */
public final class NetworkGradientCheck {
    /** The lecture's numerical_gradient uses h = 1e-4. */
    public static final double LECTURE_H = 1e-4;
    public static final int INPUTS = 4;
    public static final int HIDDEN = 5;
    public static final int CLASSES = 3;
    public static final int SAMPLES = 3;
    static final String[] NAMES = {"W1", "b1", "W2", "b2"};

    private NetworkGradientCheck() {
    }

    /** What the student chooses. {@code brokenBackward} drops the activation's derivative in layer 1. */
    public record Settings(Activation activation, long seed, double h, boolean brokenBackward) {
        public static Settings lecture() {
            return new Settings(Activation.SIGMOID, 1, LECTURE_H, false);
        }
    }

    /** One weight or bias: its two gradients and how far apart they are. */
    public record Entry(String parameter, int index, double numerical, double analytic, double relativeError) {
    }

    public record Summary(String parameter, int entries, double maxRelativeError, Verdict verdict) {
    }

    public record Result(Settings settings, double loss, List<Entry> entries, List<Summary> summaries) {
        public Summary summary(String parameter) {
            return summaries.stream().filter(s -> s.parameter().equals(parameter)).findFirst().orElseThrow();
        }
    }

    /** Rules of thumb for double precision (the thresholds CS231n uses). */
    public enum Verdict {
        EXCELLENT, GOOD, DOUBTFUL, WRONG;

        public static Verdict of(double relativeError) {
            if (relativeError < 1e-7) {
                return EXCELLENT;
            }
            if (relativeError < 1e-5) {
                return GOOD;
            }
            return relativeError < 1e-3 ? DOUBTFUL : WRONG;
        }
    }

    /** Builds the seeded network in double precision and compares the gradients. Takes tens of ms: not on the FX thread. */
    public static Result run(Settings s) {
        Sequential model = model(s.activation(), s.seed());
        INDArray x = inputs(s.seed());
        INDArray t = targets(s.seed());

        double loss = model.loss().forward(model.forward(x, false), t);
        INDArray lossGradient = model.loss().backward();
        model.backward(lossGradient);
        List<INDArray> analytic = new ArrayList<>();
        for (Param p : model.params()) {
            analytic.add(p.grad().dup());
        }
        if (s.brokenBackward()) {
            BrokenBackward.replaceFirstLayer(model, x, lossGradient, analytic);
        }

        List<Entry> entries = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        List<Param> params = model.params();
        for (int pi = 0; pi < params.size(); pi++) {
            INDArray flat = params.get(pi).value().reshape(params.get(pi).value().length());
            INDArray analyticFlat = analytic.get(pi).reshape(analytic.get(pi).length());
            double worst = 0;
            for (int i = 0; i < flat.length(); i++) {
                double old = flat.getDouble(i);
                flat.putScalar(i, old + s.h());
                double plus = model.loss(x, t, Regularization.NONE);
                flat.putScalar(i, old - s.h());
                double minus = model.loss(x, t, Regularization.NONE);
                flat.putScalar(i, old);
                double numerical = (plus - minus) / (2 * s.h());
                double a = analyticFlat.getDouble(i);
                double error = GradientCheck.relativeError(a, numerical);
                worst = Math.max(worst, error);
                entries.add(new Entry(NAMES[pi], i, numerical, a, error));
            }
            summaries.add(new Summary(NAMES[pi], (int) flat.length(), worst, Verdict.of(worst)));
        }
        return new Result(s, loss, List.copyOf(entries), List.copyOf(summaries));
    }

    static Sequential model(Activation activation, long seed) {
        ModelSpec spec = new ModelSpec(new int[] {INPUTS}, List.of(
                new LayerSpec.Dense(HIDDEN, activation),
                new LayerSpec.Dense(CLASSES, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        return Sequential.build(spec, seed, DataType.DOUBLE);
    }

    /** A few standard-normal samples drawn from the seed. */
    static INDArray inputs(long seed) {
        Random r = new Random(seed);
        double[][] v = new double[SAMPLES][INPUTS];
        for (double[] row : v) {
            for (int j = 0; j < INPUTS; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return Nd4j.createFromArray(v);
    }

    /** One random class per sample, one-hot. */
    static INDArray targets(long seed) {
        Random r = new Random(seed + 1);
        double[][] t = new double[SAMPLES][CLASSES];
        for (double[] row : t) {
            row[r.nextInt(CLASSES)] = 1;
        }
        return Nd4j.createFromArray(t);
    }
}
