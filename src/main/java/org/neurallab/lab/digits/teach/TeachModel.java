package org.neurallab.lab.digits.teach;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.Sequential;
import org.neurallab.lab.digits.model.PenultimateFeatures;
import org.neurallab.lab.digits.model.Prediction;

/**
 * The student's own classifier: the bundled CNN's features (or the raw pixels when no CNN is available)
 * followed by a freshly trained last layer. Not thread-safe, like the networks inside it.
 *
 * @param base  the network whose features are used, or null for raw pixels
 * @param head  the trained last layer
 * @param names the class names, in output order
 */
public record TeachModel(Sequential base, Sequential head, List<String> names) {

    public Prediction predict(float[] pixels) {
        INDArray features = PenultimateFeatures.of(base, List.of(pixels));
        return new Prediction(head.predict(features).toFloatVector());
    }
}
