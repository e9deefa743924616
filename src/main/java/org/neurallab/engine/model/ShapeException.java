package org.neurallab.engine.model;

/**
 * A layer cannot take the input shape it is given. Besides the English message it carries a code and
 * arguments, so that a user interface can show the problem in the user's language.
 */
public final class ShapeException extends IllegalArgumentException {
    /** Dense (or Softmax) after an image: needs Flatten first. Args: the input shape. */
    public static final String NEEDS_FLAT = "needsFlat";
    /** Conv2D or pooling after a flat layer. Args: layer kind, the input shape. */
    public static final String NEEDS_IMAGE = "needsImage";
    /** Kernel or pool window larger than its (padded) input. Args: layer kind, window size, input height, width. */
    public static final String WINDOW_TOO_LARGE = "windowTooLarge";

    private final String code;
    private final transient Object[] args;

    public ShapeException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
