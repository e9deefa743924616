package org.neurallab.lab.playground;

/**
 * What one drawn frame needs, filled on the worker thread and handed to the FX thread whole:
 * numbers, the network's parameters and every picture already coloured as ARGB pixels.
 * Instances are recycled between frames (see {@link TrainingLoop}), so arrays are reused.
 */
public final class FrameSnapshot {
    /** Layer sizes: inputs, each hidden layer, outputs. */
    public final int[] sizes;
    public final int neuronResolution;
    public final int outputResolution;
    /** inputPixels[i]: feature i over the square, neuronResolution^2 pixels. */
    public final int[][] inputPixels;
    /** neuronPixels[l][j]: neuron j of layer l (the last layer is the output). */
    public final int[][][] neuronPixels;
    /** The big output picture, outputResolution^2 pixels. */
    public final int[] outputPixels;
    /** weights[l]: row-major [in][out], as in the network. */
    public final double[][] weights;
    public final double[][] biases;
    /** weightGrads[l]: dL/dw of the last training step, laid out like {@link #weights} (0 before the first). */
    public final double[][] weightGrads;
    /** neuronGrads[l][j]: the size (L2 norm) of the gradient of neuron j's incoming weights and bias. */
    public final double[][] neuronGrads;
    public int epoch;
    public Metrics metrics = Metrics.NONE;
    public boolean playing;
    /** A change of structure, data or palette: the view must rebuild, not just repaint. */
    public long version;

    public FrameSnapshot(int[] sizes, int neuronResolution, int outputResolution) {
        this.sizes = sizes.clone();
        this.neuronResolution = neuronResolution;
        this.outputResolution = outputResolution;
        int small = neuronResolution * neuronResolution;
        inputPixels = new int[sizes[0]][small];
        neuronPixels = new int[sizes.length - 1][][];
        weights = new double[sizes.length - 1][];
        biases = new double[sizes.length - 1][];
        weightGrads = new double[sizes.length - 1][];
        neuronGrads = new double[sizes.length - 1][];
        for (int l = 0; l < neuronPixels.length; l++) {
            neuronPixels[l] = new int[sizes[l + 1]][small];
            weights[l] = new double[sizes[l] * sizes[l + 1]];
            biases[l] = new double[sizes[l + 1]];
            weightGrads[l] = new double[sizes[l] * sizes[l + 1]];
            neuronGrads[l] = new double[sizes[l + 1]];
        }
        outputPixels = new int[outputResolution * outputResolution];
    }

    /** True when this snapshot's arrays fit a network of these sizes and resolutions. */
    public boolean fits(int[] otherSizes, int neuronRes, int outputRes) {
        return java.util.Arrays.equals(sizes, otherSizes) && neuronRes == neuronResolution
                && outputRes == outputResolution;
    }

    public double weight(int layer, int from, int to) {
        return weights[layer][from * sizes[layer + 1] + to];
    }

    public double weightGrad(int layer, int from, int to) {
        return weightGrads[layer][from * sizes[layer + 1] + to];
    }
}
