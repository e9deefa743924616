package org.neurallab.lab.curriculum.regression;

import java.util.Arrays;

/**
 * The path of (w, b) that gradient descent takes over a data set's loss surface, from a chosen start,
 * trained by the same one-neuron model as the lecture. When the learning rate is too large every step
 * overshoots further and the loss grows; the path is then cut before the numbers blow up to infinity, so a
 * page never has to draw NaN.
 */
public final class DescentPath {
    /** Beyond this the run is called diverged and stopped: far off any plot, well before overflow. */
    static final double BLOW_UP = 1e12;

    private final double[] ws;
    private final double[] bs;
    private final double[] losses;
    private final int length;
    private final boolean diverged;

    private DescentPath(double[] ws, double[] bs, double[] losses, int length, boolean diverged) {
        this.ws = ws;
        this.bs = bs;
        this.losses = losses;
        this.length = length;
        this.diverged = diverged;
    }

    public static DescentPath run(RegressionData data, double startW, double startB, double learningRate, int steps) {
        SingleNeuron neuron = new SingleNeuron(data, learningRate, 1);
        neuron.setParameters(startW, startB);
        double[] ws = new double[steps + 1];
        double[] bs = new double[steps + 1];
        double[] losses = new double[steps + 1];
        ws[0] = startW;
        bs[0] = startB;
        losses[0] = neuron.loss();
        int length = 1;
        boolean blewUp = false;
        for (int s = 1; s <= steps; s++) {
            neuron.trainEpoch();
            double w = neuron.weight();
            double b = neuron.bias();
            double loss = neuron.loss();
            if (!Double.isFinite(loss) || loss > BLOW_UP || Math.abs(w) > BLOW_UP || Math.abs(b) > BLOW_UP) {
                blewUp = true;
                break;
            }
            ws[s] = w;
            bs[s] = b;
            losses[s] = loss;
            length++;
        }
        // growing loss at the end means every step overshoots more than the last
        boolean growing = length > 2 && losses[length - 1] > losses[0];
        return new DescentPath(ws, bs, losses, length, blewUp || growing);
    }

    /**
     * The largest learning rate that still converges on this data: 2 / (largest curvature of the MSE
     * surface). The surface's second derivatives are (2/n) [[sum x^2, sum x], [sum x, n]].
     */
    public static double largestStableRate(RegressionData data) {
        int n = data.size();
        double sxx = 0;
        double sx = 0;
        for (int i = 0; i < n; i++) {
            sxx += data.x(i) * data.x(i);
            sx += data.x(i);
        }
        double a = 2 * sxx / n;
        double c = 2.0;
        double b = 2 * sx / n;
        double largest = (a + c) / 2 + Math.sqrt((a - c) * (a - c) / 4 + b * b);
        return 2 / largest;
    }

    /** Number of points kept, the start included. */
    public int length() {
        return length;
    }

    public double[] ws() {
        return Arrays.copyOf(ws, length);
    }

    public double[] bs() {
        return Arrays.copyOf(bs, length);
    }

    public double[] losses() {
        return Arrays.copyOf(losses, length);
    }

    public double lastW() {
        return ws[length - 1];
    }

    public double lastB() {
        return bs[length - 1];
    }

    public double lastLoss() {
        return losses[length - 1];
    }

    /** True when the loss grew instead of falling, or the numbers ran away. */
    public boolean diverged() {
        return diverged;
    }
}
