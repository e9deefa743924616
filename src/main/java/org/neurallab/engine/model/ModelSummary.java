package org.neurallab.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one walk through a model's shapes: for each layer its Keras-style name, output shape and parameter
 * count as far as the shapes fit, and the first problem that stops the model from being built (or trained
 * on data with this many classes). Computed from the spec alone, without allocating any weights, so the
 * model builder can run it on every edit; {@link ModelSpec#problems}, {@link #format()} (the Keras table)
 * and the builder's compact {@link #table()} all come from it. Shapes are channel-first.
 *
 * @param problem null when the model is fine
 */
public record ModelSummary(List<Row> rows, long totalParams, ModelProblem problem) {

    /** One layer; name is Keras-like ("dense", "dense_1"...); outputShape is null at and after a problem. */
    public record Row(String name, LayerSpec layer, int[] outputShape, long params) {
        public String kind() {
            return layer.kind();
        }

        public String shapeText() {
            // Keras style: (None, 128) and (None, 32, 26, 26); no trailing comma for one dimension.
            return outputShape == null ? "—" : "(None, " + Shapes.format(outputShape).substring(1).replace(",)", ")");
        }
    }

    /**
     * Walks the layers from the spec's input shape.
     *
     * @param classes the number of classes of the data (0 to skip the "end with Dense(n)" check)
     */
    public static ModelSummary of(ModelSpec spec, int classes) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] shape = spec.inputShape();
        long total = 0;
        ModelProblem problem = null;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            String base = layer.kind().toLowerCase(Locale.ROOT);
            int n = seen.merge(base, 1, Integer::sum);
            String name = n == 1 ? base : base + "_" + (n - 1);
            if (problem == null) {
                try {
                    int[] out = layer.outputShape(shape);
                    long params = layer.paramCount(shape);
                    total += params;
                    rows.add(new Row(name, layer, out, params));
                    shape = out;
                    continue;
                } catch (ShapeException e) {
                    problem = new ModelProblem(i, e.code(), e.args(), e.getMessage());
                } catch (IllegalArgumentException e) {
                    problem = new ModelProblem(i, e.getMessage());
                }
            }
            rows.add(new Row(name, layer, null, 0));
        }
        if (spec.layers().isEmpty()) {
            problem = new ModelProblem(-1, ModelProblem.EMPTY, null, "the model has no layers");
        } else if (problem == null && classes > 0 && (shape.length != 1 || shape[0] != classes)) {
            String shown = Shapes.format(shape);
            problem = new ModelProblem(spec.layers().size() - 1, ModelProblem.OUTPUT_MISMATCH,
                    new Object[] {shown, classes}, "the last layer gives " + shown + " outputs but the data has "
                    + classes + " classes; end with Dense(" + classes + ")");
        }
        return new ModelSummary(List.copyOf(rows), total, problem);
    }

    /** Summarises a spec whose shapes fit; throws IllegalArgumentException naming the layer that does not fit. */
    public static ModelSummary of(ModelSpec spec) {
        ModelSummary summary = of(spec, 0);
        ModelProblem p = summary.problem;
        if (p != null && p.layerIndex() >= 0) {
            throw new IllegalArgumentException("layer " + (p.layerIndex() + 1) + " ("
                    + spec.layers().get(p.layerIndex()).kind() + "): " + p.message());
        }
        return summary;
    }

    public boolean ok() {
        return problem == null;
    }

    /** The problem as a list: empty, or the one problem found. */
    public List<ModelProblem> problems() {
        return problem == null ? List.of() : List.of(problem);
    }

    /** The table as text, laid out as Keras prints it. */
    public String format() {
        String line = "_".repeat(65);
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"sequential\"\n").append(line).append('\n');
        sb.append(String.format(Locale.ROOT, " %-27s %-25s %-10s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append("=".repeat(65)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, " %-27s %-25s %-10d%n",
                    r.name() + " (" + r.kind() + ")", r.shapeText(), r.params()));
        }
        sb.append("=".repeat(65)).append('\n');
        sb.append(String.format(Locale.ROOT, "Total params: %,d%n", totalParams));
        sb.append(String.format(Locale.ROOT, "Trainable params: %,d%n", totalParams));
        sb.append("Non-trainable params: 0\n").append(line).append('\n');
        return sb.toString();
    }

    /** The same table, narrower, as the model builder shows it live. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %-19s %9s%n", "Layer (type)", "Output Shape", "Param #"));
        sb.append("=".repeat(54)).append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-24s %-19s %,9d%n", r.name() + " (" + r.kind() + ")",
                    r.shapeText(), r.params()));
        }
        sb.append("=".repeat(54)).append('\n');
        sb.append(String.format(Locale.ROOT, "Total params: %,d", totalParams));
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ModelSummary" + rows.stream().map(r -> r.name() + Arrays.toString(r.outputShape())).toList()
                + (problem == null ? "" : " problem at " + problem.layerIndex() + ": " + problem.message());
    }
}
