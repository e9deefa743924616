package org.neurallab.lab.training.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.neurallab.engine.layers.Shapes;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelProblem;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.engine.model.ShapeException;

/**
 * The model builder's live view of a model: for each layer its output shape and parameter count as
 * far as the shapes fit, and the first problem that stops the model from being trained on the data.
 * Computed from the spec alone (no weights), so it is cheap enough to run on every edit.
 */
public record ModelCheck(List<Line> lines, long totalParams, ModelProblem problem) {

    /** One layer: its Keras-style name, output shape (null after a problem) and parameter count. */
    public record Line(String name, LayerSpec layer, int[] outputShape, long params) {
        public String shapeText() {
            // Keras style, as ModelSummary: (None, 128) and (None, 64, 26, 26).
            return outputShape == null ? "—" : "(None, " + Shapes.format(outputShape).substring(1).replace(",)", ")");
        }
    }

    public boolean ok() {
        return problem == null;
    }

    /** Checks the layers against the data's input shape and number of classes. */
    public static ModelCheck of(ModelSpec spec, int classes) {
        List<Line> lines = new ArrayList<>();
        int[] shape = spec.inputShape();
        long total = 0;
        ModelProblem problem = null;
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            String base = layer.kind().toLowerCase(Locale.ROOT);
            int n = seen.merge(base, 1, Integer::sum);
            String name = n == 1 ? base : base + "_" + (n - 1);
            if (problem != null) {
                lines.add(new Line(name, layer, null, 0));
                continue;
            }
            try {
                int[] out = layer.create().outputShape(shape);
                long params = ModelSummary.paramCount(layer, shape);
                total += params;
                lines.add(new Line(name, layer, out, params));
                shape = out;
            } catch (ShapeException e) {
                problem = new ModelProblem(i, e.code(), e.args(), e.getMessage());
                lines.add(new Line(name, layer, null, 0));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                problem = new ModelProblem(i, e.getMessage());
                lines.add(new Line(name, layer, null, 0));
            }
        }
        if (spec.layers().isEmpty()) {
            problem = new ModelProblem(-1, ModelProblem.EMPTY, null, "the model has no layers");
        } else if (problem == null && classes > 0) {
            int outputs = Shapes.product(shape);
            if (shape.length != 1 || outputs != classes) {
                String shown = Shapes.format(shape);
                problem = new ModelProblem(spec.layers().size() - 1, ModelProblem.OUTPUT_MISMATCH,
                        new Object[] {shown, classes}, "the last layer gives " + shown + " outputs but the data has "
                        + classes + " classes; end with Dense(" + classes + ")");
            }
        }
        return new ModelCheck(List.copyOf(lines), total, problem);
    }

    /** The Keras-like table as monospaced text, for the live summary. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-19s %9s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append("=".repeat(54)).append('\n');
        for (Line l : lines) {
            sb.append(String.format(Locale.ROOT, "%-24s %-19s %,9d%n", l.name() + " (" + l.layer().kind() + ")",
                    l.shapeText(), l.params()));
        }
        sb.append("=".repeat(54)).append('\n');
        sb.append(String.format(Locale.ROOT, "Total params: %,d", totalParams));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ModelCheck" + lines.stream().map(l -> l.name() + Arrays.toString(l.outputShape())).toList()
                + (problem == null ? "" : " problem at " + problem.layerIndex() + ": " + problem.message());
    }
}
