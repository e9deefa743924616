package org.neurallab.lab.training.settings;

import org.neurallab.engine.optim.OptimizerSpec;

/**
 * Parses the hyper-parameter fields as typed by a student and says what is allowed when a value
 * makes no sense. Limits are generous but stop typos (a batch of 1,000,000) from freezing the lab.
 */
public final class HyperParameterRules {
    public static final int MAX_BATCH = 4096;
    public static final int MAX_EPOCHS = 500;
    public static final double MAX_VALIDATION_SPLIT = 0.5;
    public static final int MIN_SUBSET = 100;

    private HyperParameterRules() {
    }

    public static FieldResult<Double> learningRate(String text) {
        Double v = parseDouble(text);
        if (v == null) {
            return FieldResult.error("training.error.notNumber");
        }
        if (!(v > 0 && v <= OptimizerSpec.MAX_LEARNING_RATE)) {
            return FieldResult.error("training.error.learningRate", OptimizerSpec.MAX_LEARNING_RATE);
        }
        return FieldResult.ok(v);
    }

    public static FieldResult<Integer> batchSize(String text) {
        return wholeNumber(text, 1, MAX_BATCH);
    }

    public static FieldResult<Integer> epochs(String text) {
        return wholeNumber(text, 1, MAX_EPOCHS);
    }

    /** The share of the training images held back for validation: 0 (none) to 0.5. */
    public static FieldResult<Double> validationSplit(String text) {
        Double v = parseDouble(text);
        if (v == null) {
            return FieldResult.error("training.error.notNumber");
        }
        if (!(v >= 0 && v <= MAX_VALIDATION_SPLIT)) {
            return FieldResult.error("training.error.validationSplit", MAX_VALIDATION_SPLIT);
        }
        return FieldResult.ok(v);
    }

    /** A dropout rate: the share of neurons switched off while training, 0 up to (not including) 1. */
    public static FieldResult<Double> dropoutRate(String text) {
        Double v = parseDouble(text);
        if (v == null) {
            return FieldResult.error("training.error.notNumber");
        }
        if (!(v >= 0 && v < 1)) {
            return FieldResult.error("training.error.dropoutRate");
        }
        return FieldResult.ok(v);
    }

    public static FieldResult<Long> seed(String text) {
        String t = clean(text);
        try {
            return FieldResult.ok(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return FieldResult.error("training.error.seed");
        }
    }

    /** How many training images to use, at most the dataset's size. */
    public static FieldResult<Integer> subset(String text, int available) {
        return wholeNumber(text, MIN_SUBSET, available);
    }

    /** A whole number between min and max inclusive. */
    public static FieldResult<Integer> wholeNumber(String text, int min, int max) {
        String t = clean(text);
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return FieldResult.error("training.error.wholeNumber", min, max);
        }
        if (v < min || v > max) {
            return FieldResult.error("training.error.wholeNumber", min, max);
        }
        return FieldResult.ok((int) v);
    }

    private static Double parseDouble(String text) {
        String t = clean(text);
        if (t.isEmpty() || !t.matches("[-+]?[0-9.eE+-]+")) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Accepts "1,000" and " 32 " as students type them. */
    private static String clean(String text) {
        return text == null ? "" : text.trim().replace(",", "").replace("_", "");
    }
}
