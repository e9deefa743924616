package org.neurallab.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.neurallab.engine.Layer;
import org.neurallab.engine.loss.LossType;

/**
 * A whole model as data: input shape, layers, loss. This is what the model builder edits and what
 * model files store; {@link org.neurallab.engine.Sequential#build} turns it into a trainable model.
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

    /**
     * Every problem that would stop this model from being built, each tied to the layer it concerns,
     * without allocating anything. Empty when the model is valid. A model builder shows these inline.
     *
     * @param classes the number of classes the data has (0 to skip the output-size check)
     */
    public List<ModelProblem> problems(int classes) {
        List<ModelProblem> problems = new ArrayList<>();
        if (layers.isEmpty()) {
            problems.add(new ModelProblem(-1, ModelProblem.EMPTY, null, "the model has no layers"));
            return problems;
        }
        int[] shape = inputShape;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i).create();
            try {
                shape = layer.outputShape(shape);
            } catch (ShapeException e) {
                problems.add(new ModelProblem(i, e.code(), e.args(), e.getMessage()));
                return problems;
            } catch (IllegalArgumentException e) {
                problems.add(new ModelProblem(i, e.getMessage()));
                return problems;
            }
        }
        if (classes > 0) {
            int outputs = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
            if (shape.length != 1 || outputs != classes) {
                String shown = org.neurallab.engine.layers.Shapes.format(shape);
                problems.add(new ModelProblem(layers.size() - 1, ModelProblem.OUTPUT_MISMATCH, new Object[] {shown, classes},
                        "the last layer gives " + shown + " outputs but the data has " + classes
                                + " classes; end with Dense(" + classes + ")"));
            }
        }
        return problems;
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
