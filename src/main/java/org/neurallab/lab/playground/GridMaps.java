package org.neurallab.lab.playground;

import java.util.List;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.Heatmap;
import org.neurallab.engine.plain.OutputLoss;
import org.neurallab.lab.playground.data.Feature;

/**
 * Every neuron's output over the input square [-6, 6]^2, coloured into a {@link FrameSnapshot}.
 *
 * <p>Resolution: the network is evaluated once per frame on a 64 x 64 grid ({@link #OUTPUT_RESOLUTION}),
 * as TensorFlow Playground evaluates every neuron on one grid. The big output picture uses every grid
 * point; each small neuron picture takes every second point in each direction (32 x 32,
 * {@link #NEURON_RESOLUTION}). The view writes these pixels into small images and draws them scaled
 * up with smoothing (bilinear), so the 64-pixel output fills a 400-pixel square without visible blocks.
 * Measured for 6 x 8 tanh neurons on the 2-core machine (CPU time per frame, epoch included):
 * 100 x 100 about 4.2 ms, 64 x 64 about 1.8 ms (PlaygroundFrameBench).
 */
public final class GridMaps {
    public static final int OUTPUT_RESOLUTION = 64;
    public static final int NEURON_RESOLUTION = 32;
    public static final double DOMAIN = 6;

    private final DenseNet net;
    private final Heatmap heatmap;
    private final int resolution;
    private final int neuronResolution;
    private final int step;
    /** Divides each input feature so its picture spans the colour ramp (x by 6, squares and products by 36). */
    private final double[] inputScale;

    public GridMaps(DenseNet net, List<Feature> features) {
        this(net, features, OUTPUT_RESOLUTION, NEURON_RESOLUTION);
    }

    public GridMaps(DenseNet net, List<Feature> features, int resolution, int neuronResolution) {
        if (resolution % neuronResolution != 0) {
            throw new IllegalArgumentException("neuron resolution must divide the output resolution");
        }
        this.net = net;
        this.resolution = resolution;
        this.neuronResolution = neuronResolution;
        this.step = resolution / neuronResolution;
        Feature[] fs = features.toArray(new Feature[0]);
        inputScale = new double[fs.length];
        for (int i = 0; i < fs.length; i++) {
            inputScale[i] = Math.abs(fs[i].apply(DOMAIN, DOMAIN));
        }
        this.heatmap = Heatmap.square(net, resolution, -DOMAIN, DOMAIN, (x1, x2, out) -> {
            for (int i = 0; i < fs.length; i++) {
                out[i] = fs[i].apply(x1, x2);
            }
        });
    }

    public int resolution() {
        return resolution;
    }

    public int neuronResolution() {
        return neuronResolution;
    }

    /** A snapshot with arrays of the right sizes for this network. */
    public FrameSnapshot newSnapshot() {
        return new FrameSnapshot(net.layerSizes(), neuronResolution, resolution);
    }

    /** Recomputes the grid from the current weights and colours everything into {@code into}. */
    public void fill(FrameSnapshot into, ColorRamp colors, boolean discretize) {
        heatmap.compute();
        int[] sizes = net.layerSizes();
        for (int i = 0; i < sizes[0]; i++) {
            sample(heatmap.input(i), into.inputPixels[i], colors, 1.0 / Math.max(1, inputScale[i]));
        }
        int last = net.layerCount() - 1;
        for (int l = 0; l < last; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                sample(heatmap.neuron(l, j), into.neuronPixels[l], j, colors);
            }
        }
        fillOutput(into, colors, discretize, last);
        for (int l = 0; l <= last; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                into.biases[l][j] = net.bias(l, j);
                double gb = net.biasGrad(l, j);
                double squares = gb * gb;
                for (int i = 0; i < sizes[l]; i++) {
                    into.weights[l][i * sizes[l + 1] + j] = net.weight(l, i, j);
                    double gw = net.weightGrad(l, i, j);
                    into.weightGrads[l][i * sizes[l + 1] + j] = gw;
                    squares += gw * gw;
                }
                into.neuronGrads[l][j] = Math.sqrt(squares);
            }
        }
    }

    private void fillOutput(FrameSnapshot into, ColorRamp colors, boolean discretize, int last) {
        int k = net.outputSize();
        int points = resolution * resolution;
        OutputLoss loss = net.lossKind();
        if (k == 1) {
            double[] z = heatmap.neuron(last, 0);
            boolean logit = loss == OutputLoss.BINARY_CROSS_ENTROPY;
            for (int p = 0; p < points; p++) {
                double v = logit ? Math.tanh(z[p] / 2) : z[p];
                into.outputPixels[p] = colors.value(v, discretize);
            }
            sample(z, into.neuronPixels[last], 0, colors, logit ? 0.5 : 1, logit);
            return;
        }
        double[][] logits = new double[k][];
        for (int j = 0; j < k; j++) {
            logits[j] = heatmap.neuron(last, j);
        }
        for (int p = 0; p < points; p++) {
            double max = Double.NEGATIVE_INFINITY;
            int best = 0;
            for (int j = 0; j < k; j++) {
                if (logits[j][p] > max) {
                    max = logits[j][p];
                    best = j;
                }
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += Math.exp(logits[j][p] - max);
            }
            into.outputPixels[p] = colors.region(best, 1 / sum, k, discretize);
        }
        // small output pictures: each class's probability, 0 -> -1 and 1 -> +1 on the ramp
        int[][] out = into.neuronPixels[last];
        for (int r = 0; r < neuronResolution; r++) {
            for (int c = 0; c < neuronResolution; c++) {
                int p = (r * step) * resolution + c * step;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    max = Math.max(max, logits[j][p]);
                }
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += Math.exp(logits[j][p] - max);
                }
                for (int j = 0; j < k; j++) {
                    out[j][r * neuronResolution + c] = colors.value(2 * Math.exp(logits[j][p] - max) / sum - 1, false);
                }
            }
        }
    }

    private void sample(double[] values, int[][] target, int j, ColorRamp colors) {
        sample(values, target[j], colors, 1);
    }

    private void sample(double[] values, int[][] target, int j, ColorRamp colors, double scale, boolean tanh) {
        int[] out = target[j];
        for (int r = 0; r < neuronResolution; r++) {
            int row = r * step * resolution;
            for (int c = 0; c < neuronResolution; c++) {
                double v = values[row + c * step] * scale;
                out[r * neuronResolution + c] = colors.value(tanh ? Math.tanh(v) : v, false);
            }
        }
    }

    private void sample(double[] values, int[] out, ColorRamp colors, double scale) {
        for (int r = 0; r < neuronResolution; r++) {
            int row = r * step * resolution;
            for (int c = 0; c < neuronResolution; c++) {
                out[r * neuronResolution + c] = colors.value(values[row + c * step] * scale, false);
            }
        }
    }
}
