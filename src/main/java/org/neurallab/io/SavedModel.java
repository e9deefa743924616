package org.neurallab.io;

import java.util.List;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelSpec;

/**
 * A trained model with what is needed to use and explain it: what {@link ModelFile} saves and loads.
 *
 * @param spec       the architecture; must equal {@code model.spec()}
 * @param model      the model with its weights
 * @param training   how it was trained
 * @param dataset    the data it was trained on, such as "mnist" or "fashion-mnist"
 * @param classNames one name per output, in output order (empty for regression)
 * @param history    one record per epoch trained
 */
public record SavedModel(ModelSpec spec, Sequential model, TrainingInfo training, String dataset,
                         List<String> classNames, List<EpochRecord> history) {

    public SavedModel {
        if (model == null) {
            throw new IllegalArgumentException("model must be given");
        }
        if (spec == null) {
            spec = model.spec();
        } else if (!spec.equals(model.spec())) {
            throw new IllegalArgumentException("spec " + spec + " is not the model's own spec " + model.spec());
        }
        if (training == null) {
            throw new IllegalArgumentException("training info must be given");
        }
        if (dataset == null || dataset.isBlank()) {
            throw new IllegalArgumentException("dataset name must be given, such as \"mnist\"");
        }
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The usual way to make one: the spec is taken from the model. */
    public SavedModel(Sequential model, TrainingInfo training, String dataset, List<String> classNames,
                      List<EpochRecord> history) {
        this(null, model, training, dataset, classNames, history);
    }
}
