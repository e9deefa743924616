package org.neurallab.cli;

/** Range checks for options, with messages that name the option and the allowed range. */
final class CliChecks {
    private CliChecks() {
    }

    static void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
