package org.neurallab.lab.training.settings;

/**
 * What a typed value turned into: the value, or the key of a message saying what is allowed
 * (translated by the view) with its arguments.
 */
public record FieldResult<T>(T value, String errorKey, Object[] args) {

    public FieldResult {
        args = args == null ? new Object[0] : args.clone();
    }

    public static <T> FieldResult<T> ok(T value) {
        return new FieldResult<>(value, null, null);
    }

    public static <T> FieldResult<T> error(String key, Object... args) {
        return new FieldResult<>(null, key, args);
    }

    public boolean isOk() {
        return errorKey == null;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
