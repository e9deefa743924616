package org.neurallab.train.inside;

import java.nio.FloatBuffer;
import java.util.List;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.model.LayerSpec;

/** The first layer with weights, as pictures a student can look at (see {@link FilterImages}). */
final class FirstLayerPictures {
    private FirstLayerPictures() {
    }

    /** Up to {@code max} pictures, or null when the first weights are not over an image. */
    static FilterImages of(Sequential model, int max) {
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Param w = InsideSampler.weightsOf(layers.get(i));
            if (w == null) {
                continue;
            }
            LayerSpec spec = layers.get(i).spec();
            int[] in = i == 0 ? model.inputShape() : model.outputShape(i - 1);
            if (spec instanceof LayerSpec.Conv2D c) {
                return kernels(InsideSampler.floats(w.value()), c.filters(), in[0], c.kernel(), max);
            }
            if (spec instanceof LayerSpec.Dense d) {
                return unitWeights(InsideSampler.floats(w.value()), w.size(), model.inputShape(), d.units(), max);
            }
            return null;
        }
        return null;
    }

    /** Conv2D weights [filters, channels, k, k]: each filter's kernel, averaged over the channels. */
    private static FilterImages kernels(FloatBuffer w, int filters, int channels, int k, int max) {
        int count = Math.min(filters, max);
        float[][] images = new float[count][k * k];
        for (int f = 0; f < count; f++) {
            for (int c = 0; c < channels; c++) {
                int base = (f * channels + c) * k * k;
                for (int p = 0; p < k * k; p++) {
                    images[f][p] += w.get(base + p) / channels;
                }
            }
        }
        return new FilterImages(k, k, images);
    }

    /**
     * Dense weights [inputs, units] over a flattened image [channels, height, width]: each unit's weights
     * from every pixel (averaged over the channels), laid out as the image. Null when the model's input is
     * not an image of exactly that many values.
     */
    private static FilterImages unitWeights(FloatBuffer w, long size, int[] image, int units, int max) {
        if (image.length != 3) {
            return null;
        }
        int channels = image[0];
        int area = image[1] * image[2];
        if (size != (long) channels * area * units) {
            return null; // something between the image and this layer changed its size
        }
        int count = Math.min(units, max);
        float[][] images = new float[count][area];
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < area; p++) {
                int row = (c * area + p) * units;
                for (int u = 0; u < count; u++) {
                    images[u][p] += w.get(row + u) / channels;
                }
            }
        }
        return new FilterImages(image[2], image[1], images);
    }
}
