package org.neurallab.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.Sequential;

/**
 * Where one parameter lives in a model file: {@code params/03_dense_W.npy} is the "W" of layer 3
 * (counting from 0), the first Dense layer. Layer names follow Keras and the model summary:
 * "dense", "dense_1", "conv2d"...
 *
 * @param label what messages call it, such as "dense_1/W"
 * @param entry the zip entry name
 */
record ParamEntry(String label, String entry, Param param) {

    static final String FOLDER = "params/";

    /** Every parameter of the model, in model order. */
    static List<ParamEntry> of(Sequential model) {
        List<ParamEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            String base = layer.spec().kind().toLowerCase(Locale.ROOT);
            int n = seen.merge(base, 1, Integer::sum);
            String layerName = n == 1 ? base : base + "_" + (n - 1);
            for (Param p : layer.params()) {
                entries.add(new ParamEntry(layerName + "/" + p.name(),
                        String.format(Locale.ROOT, "%s%02d_%s_%s.npy", FOLDER, i, layerName, p.name()), p));
            }
        }
        return entries;
    }
}
