package org.neurallab.engine;

/**
 * What one training step reports, read before the step's arrays were released.
 *
 * @param loss    the batch loss before the update, including any regularization penalty
 * @param correct examples whose largest output is at the target's largest entry (argmax), or -1 when the
 *                model is not a classifier for these targets (a single output column, or outputs and
 *                targets of different shapes)
 */
public record StepResult(double loss, int correct) {

    /** Whether {@link #correct} counts anything. */
    public boolean classified() {
        return correct >= 0;
    }
}
