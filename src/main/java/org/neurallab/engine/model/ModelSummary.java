package org.neurallab.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurallab.engine.layers.Shapes;

/**
 * The Keras-style table of a model (layer, output shape, parameter count), computed from the spec
 * alone so the model builder can show it live without allocating any weights. Shapes are channel-first.
 */
public record ModelSummary(List<Row> rows, long totalParams) {

    /** One line of the table; name is Keras-like: "dense", "dense_1"... */
    public record Row(String name, String kind, int[] outputShape, long params) {
        public String shapeText() {
            // Keras style: (None, 128) and (None, 32, 26, 26); no trailing comma for one dimension.
            return "(None, " + Shapes.format(outputShape).substring(1).replace(",)", ")");
        }
    }

    /** Summarises a valid spec; throws IllegalArgumentException naming the layer that does not fit. */
    public static ModelSummary of(ModelSpec spec) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] shape = spec.inputShape();
        long total = 0;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            int[] out;
            try {
                out = layer.create().outputShape(shape);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + layer.kind() + "): " + e.getMessage(), e);
            }
            long count = paramCount(layer, shape);
            total += count;
            String base = layer.kind().toLowerCase(Locale.ROOT);
            int n = seen.merge(base, 1, Integer::sum);
            rows.add(new Row(n == 1 ? base : base + "_" + (n - 1), layer.kind(), out, count));
            shape = out;
        }
        return new ModelSummary(List.copyOf(rows), total);
    }

    /** Number of trainable parameters of one layer for a given input shape. */
    public static long paramCount(LayerSpec layer, int[] inputShape) {
        if (layer instanceof LayerSpec.Dense d) {
            return (long) inputShape[0] * d.units() + d.units();
        }
        if (layer instanceof LayerSpec.Conv2D c) {
            return (long) inputShape[0] * c.kernel() * c.kernel() * c.filters() + c.filters();
        }
        return 0;
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
}
