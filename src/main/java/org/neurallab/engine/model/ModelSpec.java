package org.neurallab.engine.model;

import java.util.Arrays;
import java.util.List;
import org.neurallab.engine.loss.LossType;

/**
 * A whole model as data: input shape, layers, loss. This is what the model builder edits and what
 * model files store; {@code org.neurallab.engine.Sequential.build} turns it into a trainable model.
 *
 * @param inputShape shape of one example without the batch dimension ([784] or [1, 28, 28])
 */
public record ModelSpec(int[] inputShape, List<LayerSpec> layers, LossType loss) {

    public ModelSpec {
        Checks.notNull("input shape", inputShape);
        Checks.notNull("layers", layers);
        Checks.notNull("loss", loss);
        if (inputShape.length == 0 || Arrays.stream(inputShape).anyMatch(d -> d < 1)) {
            throw new IllegalArgumentException("input shape must have positive sizes, got " + Arrays.toString(inputShape));
        }
        inputShape = inputShape.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    public ModelSpec withLayers(List<LayerSpec> newLayers) {
        return new ModelSpec(inputShape, newLayers, loss);
    }

    /** Whether any layer is a Dropout layer, whatever its rate. */
    public boolean hasDropoutLayer() {
        return layers.stream().anyMatch(l -> l instanceof LayerSpec.Dropout);
    }

    /** Whether some Dropout layer actually drops units (a rate above 0). */
    public boolean dropsUnits() {
        return layers.stream().anyMatch(l -> l instanceof LayerSpec.Dropout d && d.rate() > 0);
    }

    /**
     * The same model with every Dropout layer's rate set to 0. The layers stay where they are, so the
     * shapes, the parameters and the weights a seed gives are those of this model; only no unit is dropped.
     */
    public ModelSpec withoutDropout() {
        return withLayers(layers.stream()
                .map(l -> l instanceof LayerSpec.Dropout ? (LayerSpec) new LayerSpec.Dropout(0) : l)
                .toList());
    }

    /**
     * The problem that would stop this model from being built, tied to the layer it concerns, without
     * allocating anything (the walk of {@link ModelSummary}). Empty when the model is valid.
     *
     * @param classes the number of classes the data has (0 to skip the output-size check)
     */
    public List<ModelProblem> problems(int classes) {
        return ModelSummary.of(this, classes).problems();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m && Arrays.equals(inputShape, m.inputShape)
                && layers.equals(m.layers) && loss == m.loss;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(inputShape) + layers.hashCode()) + loss.hashCode();
    }

    @Override
    public String toString() {
        return "ModelSpec" + Arrays.toString(inputShape) + layers + loss;
    }
}
