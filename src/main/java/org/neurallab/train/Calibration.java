package org.neurallab.train;

/**
 * Temperature scaling (Guo et al., 2017): a trained classifier's probabilities are often too sure of
 * themselves; dividing its logits by one number T > 1 softens them without changing which class wins.
 * T is fitted by minimising the negative log-likelihood on images the model did not train on, and the
 * expected calibration error (ECE) measures how far "80 % sure" is from "right 80 % of the time".
 */
public final class Calibration {
    /** The usual number of confidence bins for ECE. */
    public static final int ECE_BINS = 15;
    private static final double MIN_T = 0.05;
    private static final double MAX_T = 20;
    private static final double TINY = 1e-30;

    private Calibration() {
    }

    /**
     * Softmax probabilities re-scaled with temperature T. The log of a softmax output is the logit minus a
     * constant, so the logits are not needed.
     */
    public static float[] scale(float[] probabilities, double temperature) {
        if (temperature == 1) {
            return probabilities.clone();
        }
        double[] z = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.log(Math.max(TINY, probabilities[i])) / temperature;
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        float[] out = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) (z[i] / sum);
        }
        return out;
    }

    /** Mean negative log-likelihood of the true labels after scaling with T. */
    public static double nll(float[][] probabilities, int[] labels, double temperature) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(TINY, scale(probabilities[i], temperature)[labels[i]]));
        }
        return sum / labels.length;
    }

    /** The T in [0.05, 20] with the lowest NLL (golden-section search on log T; NLL is unimodal in T). */
    public static double fitTemperature(float[][] probabilities, int[] labels) {
        if (probabilities.length != labels.length || labels.length == 0) {
            throw new IllegalArgumentException("need one label per prediction, at least one; got "
                    + probabilities.length + " predictions and " + labels.length + " labels");
        }
        double lo = Math.log(MIN_T);
        double hi = Math.log(MAX_T);
        double g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo);
        double b = lo + g * (hi - lo);
        double fa = nll(probabilities, labels, Math.exp(a));
        double fb = nll(probabilities, labels, Math.exp(b));
        for (int i = 0; i < 40; i++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - g * (hi - lo);
                fa = nll(probabilities, labels, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + g * (hi - lo);
                fb = nll(probabilities, labels, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /**
     * Expected calibration error: predictions are put in {@code bins} equal bins by their top probability;
     * the gaps between each bin's accuracy and mean confidence are averaged, weighted by the bin's size.
     */
    public static double ece(float[][] probabilities, int[] labels, int bins) {
        double[] confidence = new double[bins];
        double[] correct = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < labels.length; i++) {
            float[] p = probabilities[i];
            int top = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[top]) {
                    top = c;
                }
            }
            int bin = Math.min(bins - 1, (int) (p[top] * bins));
            confidence[bin] += p[top];
            correct[bin] += top == labels[i] ? 1 : 0;
            count[bin]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                ece += Math.abs(correct[b] - confidence[b]) / labels.length;
            }
        }
        return ece;
    }

    /** Every row scaled with T. */
    public static float[][] scaleAll(float[][] probabilities, double temperature) {
        float[][] out = new float[probabilities.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = scale(probabilities[i], temperature);
        }
        return out;
    }
}
