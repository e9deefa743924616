package org.neurallab.train.inside;

import org.neurallab.engine.model.LayerSpec;

/**
 * What one layer did in one sampled training step, as plain numbers.
 *
 * @param index        the layer's position in the model, from 0
 * @param spec         the layer's description (its kind, size and activation)
 * @param units        neurons (Dense) or feature maps (Conv2D) in its output
 * @param mean         mean of the layer's outputs over the batch
 * @param spread       standard deviation of those outputs
 * @param min          smallest output
 * @param max          largest output
 * @param histogram    counts of the outputs in {@code histogram.length} equal bins from min to max
 * @param deadShare    share of ReLU units that put out 0 for every example of the batch; NaN for other activations
 * @param gradientNorm length (L2 norm) of the gradient of the loss with respect to the layer's weights; NaN
 *                     for layers without weights
 * @param updateRatio  length of the step's change of the weights divided by the length of the weights; NaN
 *                     for layers without weights
 */
public record LayerStats(int index, LayerSpec spec, int units, double mean, double spread, double min, double max,
                         int[] histogram, double deadShare, double gradientNorm, double updateRatio) {

    public LayerStats {
        histogram = histogram.clone();
    }

    @Override
    public int[] histogram() {
        return histogram.clone();
    }

    /** Whether the layer has weights (and so a gradient norm and an update ratio). */
    public boolean hasWeights() {
        return !Double.isNaN(gradientNorm);
    }

    /** Whether the layer's activation is ReLU (and so units can be dead). */
    public boolean relu() {
        return !Double.isNaN(deadShare);
    }
}
