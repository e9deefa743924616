package org.neurallab.engine.plain;

import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * The optimizers and weight penalties of {@code org.neurallab.engine.optim} on plain arrays, with the
 * same constants and the same formulas, so both backends take the same steps. One instance keeps
 * the state (velocities, moments) for one network's parameter arrays.
 */
final class PlainOptimizer {
    static final double MOMENTUM = 0.9;
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double RHO = 0.9;
    static final double EPSILON = 1e-7;

    private final OptimizerType type;
    private double learningRate;
    private final double[][] first;
    private final double[][] second;
    private long t;

    /** @param shapes the length of every parameter array, in update order */
    PlainOptimizer(OptimizerSpec spec, int[] shapes) {
        this.type = spec.type();
        this.learningRate = spec.learningRate();
        this.first = new double[shapes.length][];
        this.second = new double[shapes.length][];
        for (int i = 0; i < shapes.length; i++) {
            first[i] = new double[shapes[i]];
            second[i] = type == OptimizerType.ADAM ? new double[shapes[i]] : null;
        }
    }

    OptimizerType type() {
        return type;
    }

    double learningRate() {
        return learningRate;
    }

    void setLearningRate(double rate) {
        OptimizerSpec.checkLearningRate(rate);
        this.learningRate = rate;
    }

    /** Updates every parameter in place from its gradient; params[i] and grads[i] pair up. */
    void step(double[][] params, double[][] grads) {
        t++;
        double correctedRate = learningRate * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t));
        for (int i = 0; i < params.length; i++) {
            double[] w = params[i];
            double[] g = grads[i];
            double[] s = first[i];
            switch (type) {
                case MOMENTUM:
                    for (int j = 0; j < w.length; j++) {
                        s[j] = s[j] * MOMENTUM - g[j] * learningRate;
                        w[j] += s[j];
                    }
                    break;
                case ADAM: {
                    double[] v = second[i];
                    for (int j = 0; j < w.length; j++) {
                        s[j] = s[j] * BETA1 + g[j] * (1 - BETA1);
                        v[j] = v[j] * BETA2 + g[j] * g[j] * (1 - BETA2);
                        w[j] -= s[j] * correctedRate / (Math.sqrt(v[j]) + EPSILON);
                    }
                    break;
                }
                case RMSPROP:
                    for (int j = 0; j < w.length; j++) {
                        s[j] = s[j] * RHO + g[j] * g[j] * (1 - RHO);
                        w[j] -= g[j] * learningRate / (Math.sqrt(s[j]) + EPSILON);
                    }
                    break;
                default:
                    for (int j = 0; j < w.length; j++) {
                        w[j] -= g[j] * learningRate;
                    }
            }
        }
    }

    /** L1 = rate * sum|w|, L2 = rate * sum w^2, over weight arrays only. */
    static double penalty(Regularization reg, double[][] weights) {
        if (reg.kind() == Regularization.Kind.NONE || reg.rate() == 0) {
            return 0;
        }
        double sum = 0;
        for (double[] w : weights) {
            for (double v : w) {
                sum += reg.kind() == Regularization.Kind.L1 ? Math.abs(v) : v * v;
            }
        }
        return reg.rate() * sum;
    }

    /** Adds the penalty's gradient: rate * sign(w) for L1, 2 * rate * w for L2. */
    static void addPenaltyGradients(Regularization reg, double[][] weights, double[][] grads) {
        if (reg.kind() == Regularization.Kind.NONE || reg.rate() == 0) {
            return;
        }
        for (int i = 0; i < weights.length; i++) {
            double[] w = weights[i];
            double[] g = grads[i];
            for (int j = 0; j < w.length; j++) {
                g[j] += reg.kind() == Regularization.Kind.L1 ? Math.signum(w[j]) * reg.rate() : w[j] * (2 * reg.rate());
            }
        }
    }
}
