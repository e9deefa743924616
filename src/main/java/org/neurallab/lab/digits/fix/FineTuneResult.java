package org.neurallab.lab.digits.fix;

import org.neurallab.lab.digits.model.DigitModel;

/**
 * What fine-tuning did.
 *
 * @param model          the fine-tuned model (a new one; the old model is untouched)
 * @param accuracyBefore test-set accuracy before, 0..1
 * @param accuracyAfter  test-set accuracy after, 0..1
 * @param fixed          how many of the corrections the new model now reads right
 * @param corrections    how many corrections there were
 */
public record FineTuneResult(DigitModel model, double accuracyBefore, double accuracyAfter, int fixed,
                             int corrections) {
    /** Largest drop in test accuracy (in percentage points) a fine-tuned model may have and still be used. */
    public static final double MAX_DROP_POINTS = 0.5;

    public double dropPoints() {
        return (accuracyBefore - accuracyAfter) * 100;
    }

    /** Worth switching to: every correction fixed and the test accuracy kept. */
    public boolean accepted() {
        return fixed == corrections && dropPoints() <= MAX_DROP_POINTS;
    }
}
