package org.neurallab.lab.digits.model;

/**
 * Whether an answer is worth announcing. A model always puts its probabilities somewhere, so it is asked
 * twice: is the top (calibrated) probability high enough, and does the drawing look like anything in the
 * training set at all? For digits, a drawing with far more ink than any MNIST digit (a scribble, a filled
 * blob) is out of the model's experience whatever it answers.
 */
public final class Certainty {
    /** Below this top probability the lab says it is not sure. */
    public static final double MIN_TOP = 0.7;
    /**
     * More ink than this (sum of the 28x28 pixels) is not a digit: MNIST's training digits have 100 in the
     * middle and 204 at the 99.5th percentile.
     */
    public static final double MAX_DIGIT_INK = 230;

    private Certainty() {
    }

    /** True when the answer should be given as a guess among the top three, not as a reading. */
    public static boolean unsure(Prediction prediction, float[] pixels, boolean digits) {
        if (prediction.probability(prediction.top()) < MIN_TOP) {
            return true;
        }
        if (!digits) {
            return false;
        }
        double ink = 0;
        for (float v : pixels) {
            ink += v;
        }
        return ink > MAX_DIGIT_INK;
    }
}
