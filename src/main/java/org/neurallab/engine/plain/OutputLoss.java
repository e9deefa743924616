package org.neurallab.engine.plain;

import org.neurallab.engine.loss.LossType;

/**
 * The losses of the plain backend, computed on the last layer's output for a batch stored row by
 * row ({@code n} rows of {@code k} values). Each is the same formula as its ND4J twin in
 * {@code org.neurallab.engine.loss}, plus TensorFlow Playground's half mean squared error.
 */
public enum OutputLoss {
    /** 0.5 * mean((y - t)^2): the Playground's loss, whose gradient is simply (y - t) / count. */
    HALF_MSE,
    /** mean((y - t)^2) over every output, as Keras computes it. */
    MSE,
    /** Softmax then cross-entropy on logits (a multiclass classifier). */
    SOFTMAX_CROSS_ENTROPY,
    /** Sigmoid then binary cross-entropy on each logit. */
    BINARY_CROSS_ENTROPY;

    /** The plain loss that computes what the model file's loss type names. */
    public static OutputLoss of(LossType type) {
        switch (type) {
            case MSE: return MSE;
            case BINARY_CROSS_ENTROPY: return BINARY_CROSS_ENTROPY;
            default: return SOFTMAX_CROSS_ENTROPY;
        }
    }

    /**
     * Mean loss over the batch; when {@code gradient} is not null it receives dL/d(output).
     *
     * @param out    outputs, n rows of k
     * @param target targets, one row of k per example
     */
    double compute(double[] out, double[][] target, int n, int k, double[] gradient) {
        double sum = 0;
        for (int r = 0; r < n; r++) {
            double[] t = target[r];
            int row = r * k;
            if (this == SOFTMAX_CROSS_ENTROPY) {
                sum += softmaxRow(out, row, k, t, gradient, n);
                continue;
            }
            for (int j = 0; j < k; j++) {
                double y = out[row + j];
                if (this == BINARY_CROSS_ENTROPY) {
                    // max(z, 0) - z t + log(1 + exp(-|z|)) never overflows.
                    sum += Math.max(y, 0) - y * t[j] + Math.log(Math.exp(-Math.abs(y)) + 1);
                    if (gradient != null) {
                        gradient[row + j] = (sigmoid(y) - t[j]) / ((double) n * k);
                    }
                } else {
                    double diff = y - t[j];
                    sum += diff * diff;
                    if (gradient != null) {
                        gradient[row + j] = diff * (2 * scale() / ((double) n * k));
                    }
                }
            }
        }
        if (this == SOFTMAX_CROSS_ENTROPY) {
            return sum / n;
        }
        return this == BINARY_CROSS_ENTROPY ? sum / ((double) n * k) : scale() * sum / ((double) n * k);
    }

    /** -sum(t log softmax) of one row, shifted by the row maximum; writes (softmax - t) / n. */
    private static double softmaxRow(double[] out, int row, int k, double[] t, double[] gradient, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            max = Math.max(max, out[row + j]);
        }
        double expSum = 0;
        for (int j = 0; j < k; j++) {
            expSum += Math.exp(out[row + j] - max);
        }
        double logSum = Math.log(expSum);
        double loss = 0;
        for (int j = 0; j < k; j++) {
            double logP = out[row + j] - max - logSum;
            loss -= logP * t[j];
            if (gradient != null) {
                gradient[row + j] = (Math.exp(logP) - t[j]) / n;
            }
        }
        return loss;
    }

    /** Turns one raw output row into what the user sees, in place (probabilities for classifiers). */
    void activate(double[] out, int from, int k) {
        if (this == BINARY_CROSS_ENTROPY) {
            for (int j = from; j < from + k; j++) {
                out[j] = sigmoid(out[j]);
            }
        } else if (this == SOFTMAX_CROSS_ENTROPY) {
            softmaxInPlace(out, from, k);
        }
    }

    static void softmaxInPlace(double[] v, int from, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = from; j < from + k; j++) {
            max = Math.max(max, v[j]);
        }
        double sum = 0;
        for (int j = from; j < from + k; j++) {
            v[j] = Math.exp(v[j] - max);
            sum += v[j];
        }
        for (int j = from; j < from + k; j++) {
            v[j] /= sum;
        }
    }

    private double scale() {
        return this == HALF_MSE ? 0.5 : 1.0;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
