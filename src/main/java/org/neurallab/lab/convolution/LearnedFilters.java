package org.neurallab.lab.convolution;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.LayerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The first convolution layer of a trained CNN as plain numbers: one k x k kernel per filter (channels added up for
 * colour inputs, which MNIST models do not have) and its bias. The lab convolves the chosen picture with them itself,
 * so a student sees exactly the maps the network's first layer would pass on (before its activation).
 */
public record LearnedFilters(List<double[][]> kernels, double[] bias, int stride, int padding, String source) {

    public LearnedFilters {
        if (kernels.isEmpty() || bias.length != kernels.size()) {
            throw new IllegalArgumentException("need one bias per kernel and at least one kernel, got "
                    + kernels.size() + " kernels and " + bias.length + " biases");
        }
        kernels = List.copyOf(kernels);
        bias = bias.clone();
    }

    /**
     * From weights in the engine's layout [filters, channels, k, k] flattened in row-major order.
     */
    public static LearnedFilters fromWeights(double[] w, double[] bias, int filters, int channels, int k, int stride,
                                             int padding, String source) {
        if (w.length != (long) filters * channels * k * k) {
            throw new IllegalArgumentException("weights have " + w.length + " numbers, expected filters*channels*k*k = "
                    + filters * channels * k * k);
        }
        List<double[][]> kernels = new ArrayList<>();
        for (int f = 0; f < filters; f++) {
            double[][] kernel = new double[k][k];
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        kernel[i][j] += w[((f * channels + c) * k + i) * k + j];
                    }
                }
            }
            kernels.add(kernel);
        }
        return new LearnedFilters(kernels, bias, stride, padding, source);
    }

    /** The first Conv2D layer of the model; IAE if it has none. */
    public static LearnedFilters fromModel(Sequential model, String source) {
        for (Layer layer : model.layers()) {
            if (layer.spec() instanceof LayerSpec.Conv2D conv) {
                INDArray w = param(layer, "W");
                INDArray b = param(layer, "b");
                long[] shape = w.shape();
                return fromWeights(w.dup('c').castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).data().asDouble(),
                        b.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).data().asDouble(),
                        (int) shape[0], (int) shape[1], (int) shape[2], conv.stride(),
                        conv.padding().amount(conv.kernel()), source);
            }
        }
        throw new IllegalArgumentException("model " + source + " has no Conv2D layer, so there are no filters to show");
    }

    private static INDArray param(Layer layer, String name) {
        for (Param p : layer.params()) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        throw new IllegalArgumentException("Conv2D layer has no parameter " + name);
    }

    /** Feature map of filter {@code index} on a grey image: convolution plus bias. */
    public double[][] featureMap(int index, double[][] image) {
        double[][] map = Convolution.apply(image, kernels.get(index), stride, padding);
        for (double[] row : map) {
            for (int c = 0; c < row.length; c++) {
                row[c] += bias[index];
            }
        }
        return map;
    }

    public int count() {
        return kernels.size();
    }
}
