package org.neurallab.lab.training.inside;

/**
 * The rules of thumb the panel's explanations give, as style classes: a value outside the healthy range is
 * marked (warning), far outside it more strongly (danger).
 */
enum Health {
    OK(null), WARN("inside-warn"), BAD("inside-bad");

    static final String[] STYLES = {"inside-warn", "inside-bad"};

    private final String style;

    Health(String style) {
        this.style = style;
    }

    /** The style class, or null for a healthy value. */
    String style() {
        return style;
    }

    /** Share of dead ReLUs: a few percent is normal, a fifth is a warning, half is bad. */
    static Health dead(double share) {
        return share >= 0.5 ? BAD : share >= 0.2 ? WARN : OK;
    }

    /** ||dW|| / ||W||: about 1e-3 is healthy; below 1e-4 or above 1e-2 a warning; above 0.1 bad. */
    static Health update(double ratio) {
        if (!Double.isFinite(ratio) || ratio > 0.1) {
            return BAD;
        }
        return ratio < 1e-4 || ratio > 1e-2 ? WARN : OK;
    }

    /** A gradient a hundred times smaller than the largest layer's hardly moves its layer (vanishing). */
    static Health gradient(double norm, double largest) {
        if (!Double.isFinite(norm)) {
            return BAD;
        }
        return norm < largest / 100 ? WARN : OK;
    }
}
