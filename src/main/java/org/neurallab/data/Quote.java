package org.neurallab.data;

/**
 * Quotes a value from a user's file in a message: at most {@value #MAX} characters, so a damaged or
 * malicious file cannot turn one error line into megabytes of text.
 */
public final class Quote {
    public static final int MAX = 100;

    private Quote() {
    }

    /** {@code 'value'}, or its first 100 characters and how long it really is. */
    public static String of(String value) {
        if (value == null) {
            return "nothing";
        }
        if (value.length() <= MAX) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, MAX) + "…' (" + value.length() + " characters)";
    }
}
