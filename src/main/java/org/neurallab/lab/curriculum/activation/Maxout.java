package org.neurallab.lab.curriculum.activation;

/**
 * Maxout: the largest of k straight lines, f(z) = max_i (a_i z + c_i); its slope is the slope of the line
 * that wins. The lines here are chosen to tell a story: with two pieces they are 0 and z, so maxout is
 * exactly ReLU; each further piece is a tangent of softplus, ln(1 + e^z), so with more pieces maxout bends
 * towards that smooth curve. (In a network the lines are learned; the engine has no maxout layer.)
 */
public final class Maxout {
    public static final int MAX_PIECES = 8;

    private final double[] slopes;
    private final double[] intercepts;

    public Maxout(int pieces) {
        if (pieces < 1 || pieces > MAX_PIECES) {
            throw new IllegalArgumentException("maxout takes 1 to " + MAX_PIECES + " pieces, got " + pieces);
        }
        slopes = new double[pieces];
        intercepts = new double[pieces];
        // piece 0 is the line 0, piece 1 the line z: softplus' two asymptotes
        slopes[0] = 0;
        if (pieces > 1) {
            slopes[1] = 1;
        }
        int tangents = pieces - 2;
        for (int i = 0; i < tangents; i++) {
            // tangent points spread over [-2, 2]: one at 0, two at -1 and 1, ...
            double t = tangents == 1 ? 0 : -2 + 4.0 * i / (tangents - 1);
            double sigmoid = 1 / (1 + Math.exp(-t));
            slopes[i + 2] = sigmoid;
            intercepts[i + 2] = Math.log1p(Math.exp(t)) - sigmoid * t;
        }
    }

    public int pieces() {
        return slopes.length;
    }

    public double slope(int piece) {
        return slopes[piece];
    }

    public double intercept(int piece) {
        return intercepts[piece];
    }

    /** Index of the line that is highest at z (the first one on a tie). */
    public int winner(double z) {
        int best = 0;
        for (int i = 1; i < slopes.length; i++) {
            if (slopes[i] * z + intercepts[i] > slopes[best] * z + intercepts[best]) {
                best = i;
            }
        }
        return best;
    }

    public double apply(double z) {
        int w = winner(z);
        return slopes[w] * z + intercepts[w];
    }

    /** The winning line's slope: what back-propagation passes through. */
    public double derivative(double z) {
        return slopes[winner(z)];
    }
}
