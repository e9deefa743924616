package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void scalingKeepsTheOrderAndSoftensAboveOne() {
        float[] p = {0.7f, 0.2f, 0.1f};
        assertThat(Calibration.scale(p, 1)).containsExactly(p);
        float[] soft = Calibration.scale(p, 2);
        assertThat(soft[0]).isLessThan(0.7f).isGreaterThan(soft[1]);
        assertThat(soft[1]).isGreaterThan(soft[2]);
        assertThat(soft[0] + soft[1] + soft[2]).isCloseTo(1f, within(1e-6f));
        // T = 2 is the square root of each probability, renormalised.
        double norm = Math.sqrt(0.7) + Math.sqrt(0.2) + Math.sqrt(0.1);
        assertThat(soft[0]).isCloseTo((float) (Math.sqrt(0.7) / norm), within(1e-5f));
    }

    /** Labels drawn from honest probabilities; the model reports them sharpened (T = 1/2.5). */
    @Test
    void recoversTheTemperatureOfAnOverconfidentModelAndLowersItsEce() {
        Random rng = new Random(4);
        int n = 4000;
        float[][] honest = new float[n][];
        float[][] overconfident = new float[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double[] z = new double[10];
            for (int c = 0; c < 10; c++) {
                z[c] = rng.nextGaussian() * 1.5;
            }
            honest[i] = softmax(z, 1);
            overconfident[i] = softmax(z, 2.5);
            double u = rng.nextDouble();
            int c = 0;
            for (double acc = honest[i][0]; acc < u && c < 9; acc += honest[i][++c]) {
                // walk the cumulative distribution
            }
            labels[i] = c;
        }
        double t = Calibration.fitTemperature(overconfident, labels);
        assertThat(t).isCloseTo(2.5, within(0.3));
        double before = Calibration.ece(overconfident, labels, Calibration.ECE_BINS);
        double after = Calibration.ece(Calibration.scaleAll(overconfident, t), labels, Calibration.ECE_BINS);
        assertThat(before).isGreaterThan(0.1);
        assertThat(after).isLessThan(0.04);
        assertThat(Calibration.nll(overconfident, labels, t)).isLessThan(Calibration.nll(overconfident, labels, 1));
    }

    @Test
    void eceOfPerfectAnswersIsZeroAndOfWrongSureOnesIsOne() {
        float[][] sure = {{1f, 0f}, {0f, 1f}};
        assertThat(Calibration.ece(sure, new int[] {0, 1}, 15)).isZero();
        assertThat(Calibration.ece(sure, new int[] {1, 0}, 15)).isCloseTo(1, within(1e-9));
    }

    private static float[] softmax(double[] z, double sharpen) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v * sharpen);
        }
        double sum = 0;
        double[] e = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] * sharpen - max);
            sum += e[i];
        }
        float[] out = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = (float) (e[i] / sum);
        }
        return out;
    }
}
