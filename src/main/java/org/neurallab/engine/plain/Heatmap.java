package org.neurallab.engine.plain;

import org.neurallab.engine.activation.Activation;

/**
 * Every neuron's output over a grid of input points: the data behind the Playground's per-neuron
 * pictures (drawing is the lab's job). Arrays are made once; {@link #compute()} fills them again after
 * each training step without allocating. Works neuron by neuron over all points, so the inner loops
 * run over long contiguous arrays.
 *
 * <p>Point p of an R x R square grid is row {@code p / R}, column {@code p % R}; row 0 is the top
 * (largest second coordinate), column 0 the left (smallest first coordinate), as an image is stored.
 */
public final class Heatmap {

    /** Turns a grid point (x1, x2) into the network's input features (x1, x2, x1^2, sin x1, ...). */
    @FunctionalInterface
    public interface Features {
        void compute(double x1, double x2, double[] out);
    }

    /** The raw coordinates as the two inputs. */
    public static final Features IDENTITY = (x1, x2, out) -> {
        out[0] = x1;
        out[1] = x2;
    };

    /** Points per block in {@link #compute()}: 16 arrays of 256 doubles fill 32 KB. */
    private static final int BLOCK = 256;

    private final DenseNet net;
    private final int points;
    /** inputs[i][p]: feature i of point p. */
    private final double[][] inputs;
    /** values[l][j][p]: output of neuron j in layer l at point p. */
    private final double[][][] values;

    /**
     * @param inputRows one row of input features per point
     */
    public Heatmap(DenseNet net, double[][] inputRows) {
        if (inputRows.length == 0) {
            throw new IllegalArgumentException("a heatmap needs at least one point");
        }
        this.net = net;
        this.points = inputRows.length;
        int[] sizes = net.layerSizes();
        inputs = new double[sizes[0]][points];
        for (int p = 0; p < points; p++) {
            if (inputRows[p].length != sizes[0]) {
                throw new IllegalArgumentException("point " + p + " has " + inputRows[p].length
                        + " features; the network takes " + sizes[0]);
            }
            for (int i = 0; i < sizes[0]; i++) {
                inputs[i][p] = inputRows[p][i];
            }
        }
        values = new double[net.layerCount()][][];
        for (int l = 0; l < values.length; l++) {
            values[l] = new double[sizes[l + 1]][points];
        }
    }

    /**
     * An R x R grid over [min, max]^2 with inputs from {@code features}.
     *
     * @throws IllegalArgumentException if resolution is below 2 or the range is empty
     */
    public static Heatmap square(DenseNet net, int resolution, double min, double max, Features features) {
        return new Heatmap(net, gridInputs(resolution, min, max, net.inputSize(), features));
    }

    /** The input rows of an R x R grid, in the point order described in the class comment. */
    public static double[][] gridInputs(int resolution, double min, double max, int featureCount, Features features) {
        if (resolution < 2 || resolution > 2000) {
            throw new IllegalArgumentException("heatmap resolution must be between 2 and 2000, got " + resolution);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("heatmap range needs min < max, got " + min + " .. " + max);
        }
        double step = (max - min) / (resolution - 1);
        double[][] rows = new double[resolution * resolution][featureCount];
        for (int row = 0; row < resolution; row++) {
            for (int col = 0; col < resolution; col++) {
                features.compute(min + col * step, max - row * step, rows[row * resolution + col]);
            }
        }
        return rows;
    }

    /** Recomputes every neuron's output at every point from the network's current weights. */
    public void compute() {
        int[] sizes = net.layerSizes();
        double[][] prev = inputs;
        for (int l = 0; l < values.length; l++) {
            double[][] out = values[l];
            // Block by block of points, so a layer's inputs and outputs for the block stay in the L1 cache.
            for (int from = 0; from < points; from += BLOCK) {
                int to = Math.min(points, from + BLOCK);
                for (int j = 0; j < out.length; j++) {
                    weightedSums(l, j, sizes[l], prev, out[j], from, to);
                }
            }
            activate(net.activation(l), out);
            prev = out;
        }
    }

    /** z[p] = b_j + sum_i w_ij x_i[p] for p in [from, to). */
    private void weightedSums(int l, int j, int in, double[][] x, double[] z, int from, int to) {
        java.util.Arrays.fill(z, from, to, net.bias(l, j));
        for (int i = 0; i < in; i++) {
            double w = net.weight(l, i, j);
            double[] xi = x[i];
            for (int p = from; p < to; p++) {
                z[p] += w * xi[p];
            }
        }
    }

    private void activate(Activation f, double[][] out) {
        if (f == Activation.LINEAR) {
            return;
        }
        if (f == Activation.SOFTMAX) {
            double[] column = new double[out.length];
            for (int p = 0; p < points; p++) {
                for (int j = 0; j < out.length; j++) {
                    column[j] = out[j][p];
                }
                OutputLoss.softmaxInPlace(column, 0, column.length);
                for (int j = 0; j < out.length; j++) {
                    out[j][p] = column[j];
                }
            }
            return;
        }
        if (f == Activation.TANH) {
            // Display only: the vectorizable tanh (within 5e-8 of Math.tanh); the exact one was 80 % of the time.
            for (double[] neuron : out) {
                DisplayTanh.applyInPlace(neuron, 0, points);
            }
            return;
        }
        for (double[] neuron : out) {
            for (int p = 0; p < points; p++) {
                neuron[p] = ScalarActivation.apply(f, neuron[p]);
            }
        }
    }

    public int points() {
        return points;
    }

    /** Outputs of neuron j of layer l at every point (live array, refreshed by {@link #compute()}). */
    public double[] neuron(int layer, int j) {
        return values[layer][j];
    }

    /** Input feature i at every point, for the input-node pictures. */
    public double[] input(int i) {
        return inputs[i];
    }
}
