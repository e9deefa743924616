package org.neurallab.lab.playground;

import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.OutputLoss;

/**
 * Loss and accuracy of a network on a set of points, one point at a time through reusable buffers
 * (no allocation). The loss is the one being trained, without the weight penalty, so numbers compare
 * across regularization settings as in TensorFlow Playground.
 */
public final class PointScorer {
    private final DenseNet net;
    private final boolean classifier;
    private final double[][] activations;

    public PointScorer(DenseNet net, boolean classifier) {
        this.net = net;
        this.classifier = classifier;
        this.activations = net.newActivations();
    }

    /** {mean loss, accuracy (NaN for regression)}; both NaN for no points. */
    public double[] evaluate(double[][] x, double[][] t) {
        if (x.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        OutputLoss loss = net.lossKind();
        double sum = 0;
        int correct = 0;
        for (int r = 0; r < x.length; r++) {
            net.forwardAll(x[r], activations);
            double[] out = activations[activations.length - 1];
            double[] target = t[r];
            sum += pointLoss(loss, out, target);
            if (classifier && predictedRight(loss, out, target)) {
                correct++;
            }
        }
        return new double[] {sum / x.length, classifier ? (double) correct / x.length : Double.NaN};
    }

    static double pointLoss(OutputLoss loss, double[] out, double[] t) {
        switch (loss) {
            case SOFTMAX_CROSS_ENTROPY: {
                double max = Double.NEGATIVE_INFINITY;
                for (double z : out) {
                    max = Math.max(max, z);
                }
                double sumExp = 0;
                for (double z : out) {
                    sumExp += Math.exp(z - max);
                }
                double logSum = max + Math.log(sumExp);
                double value = 0;
                for (int j = 0; j < out.length; j++) {
                    value += t[j] * (logSum - out[j]);
                }
                return value;
            }
            case BINARY_CROSS_ENTROPY: {
                double z = out[0];
                return Math.max(z, 0) - z * t[0] + Math.log1p(Math.exp(-Math.abs(z)));
            }
            default: {
                double value = 0;
                for (int j = 0; j < out.length; j++) {
                    double d = out[j] - t[j];
                    value += 0.5 * d * d;
                }
                return value / out.length;
            }
        }
    }

    private static boolean predictedRight(OutputLoss loss, double[] out, double[] t) {
        if (out.length > 1) {
            return argmax(out) == argmax(t);
        }
        // tanh output against -1/+1 and logits against 0/1 both decide at zero
        boolean positive = out[0] > 0;
        return positive == (t[0] > 0);
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }
}
