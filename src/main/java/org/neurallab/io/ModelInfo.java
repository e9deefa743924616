package org.neurallab.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.neurallab.data.Quote;
import org.neurallab.engine.model.ModelSpec;

/**
 * Everything in a model file except the weights: the content of its {@code model.json}. Returned by
 * {@link ModelFile#peek} so the UI can check a file before loading it.
 *
 * @param formatVersion the layout of the file ({@link ModelFile#FORMAT_VERSION} when written by this version)
 * @param appVersion    the Neural Lab version that wrote it
 * @param precision     "float32" or "float64", the type of every stored parameter
 * @param spec          the architecture (JSON key "architecture")
 * @param training      the hyper-parameters (JSON key "hyperParameters")
 */
@JsonPropertyOrder({"formatVersion", "appVersion", "createdAt", "dataset", "classNames", "precision",
    "architecture", "hyperParameters", "history"})
public record ModelInfo(int formatVersion, String appVersion, Instant createdAt, String dataset,
                        List<String> classNames, String precision,
                        @JsonProperty("architecture") ModelSpec spec,
                        @JsonProperty("hyperParameters") TrainingInfo training,
                        List<EpochRecord> history) {

    public static final String FLOAT32 = "float32";
    public static final String FLOAT64 = "float64";

    public ModelInfo {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The ND4J type the parameters are stored in. */
    public DataType dataType() {
        if (FLOAT64.equals(precision)) {
            return DataType.DOUBLE;
        }
        if (FLOAT32.equals(precision)) {
            return DataType.FLOAT;
        }
        throw new IllegalArgumentException("precision must be 'float32' or 'float64', got " + Quote.of(precision));
    }

    static String precisionOf(DataType type) {
        if (type == DataType.FLOAT) {
            return FLOAT32;
        }
        if (type == DataType.DOUBLE) {
            return FLOAT64;
        }
        throw new IllegalArgumentException("models can be saved in float32 or float64, not " + type);
    }

    /**
     * Whether this model takes inputs of the given shape and has the given number of classes, such
     * as the Digits lab's [1, 28, 28] and 10.
     */
    public boolean fits(int[] inputShape, int classes) {
        return Arrays.equals(spec.inputShape(), inputShape) && classNames.size() == classes
                && spec.problems(classes).isEmpty();
    }
}
