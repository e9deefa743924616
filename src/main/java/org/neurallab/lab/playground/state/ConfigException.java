package org.neurallab.lab.playground.state;

/** A playground configuration that cannot be used; {@link #reason()} lets the UI explain it in the user's language. */
public final class ConfigException extends IllegalArgumentException {

    public enum Reason {
        /** Not JSON, or not a playground configuration at all. */
        CORRUPT,
        /** Written by a newer Neural Lab with a format this version does not know. */
        NEWER_VERSION,
        /** Well-formed but a value is out of range or the parts do not fit together. */
        INVALID
    }

    private final Reason reason;

    public ConfigException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
