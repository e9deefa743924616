package org.neurallab.lab.digits.reader;

import java.util.List;
import org.neurallab.lab.digits.model.LayerView;
import org.neurallab.lab.digits.model.Prediction;
import org.neurallab.lab.digits.pad.PadReading;

/**
 * One reading of the pad, made on the inference thread and shown by the page at the next frame.
 *
 * @param reading    what the model saw (or why nothing was read)
 * @param prediction null when nothing was read or no model is ready
 * @param layers     every layer's output (empty when not asked for)
 * @param filters    the first layer's filters, or null
 * @param labels     the class names to show (already translated, or the student's own)
 */
public record LiveResult(PadReading reading, Prediction prediction, List<LayerView> layers, LayerView filters,
                         List<String> labels) {
}
