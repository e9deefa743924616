package org.neurallab.engine.model;

/**
 * Why a model cannot be built.
 *
 * @param layerIndex the layer concerned, or -1 for the model as a whole
 * @param code       a stable identifier a user interface can translate (see {@link ShapeException}
 *                   and the constants here); {@link #GENERIC} when only the message is known
 * @param args       values for the translated text
 * @param message    an English sentence a student can act on
 */
public record ModelProblem(int layerIndex, String code, Object[] args, String message) {
    public static final String EMPTY = "empty";
    public static final String OUTPUT_MISMATCH = "outputMismatch";
    public static final String GENERIC = "generic";

    public ModelProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public ModelProblem(int layerIndex, String message) {
        this(layerIndex, GENERIC, new Object[] {message}, message);
    }
}
