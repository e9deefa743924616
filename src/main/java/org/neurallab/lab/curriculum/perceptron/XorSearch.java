package org.neurallab.lab.curriculum.perceptron;

/**
 * The student's "try it" made exhaustive: every (w1, w2, b) on a grid, scored against exclusive-or.
 * None gets more than 3 of 4 rows, which is what "no straight line separates the points" means.
 */
public final class XorSearch {
    private XorSearch() {
    }

    /** Most rows of a gate any perceptron gets with w1, w2, b in [-limit, limit] on a grid of the given step. */
    public static int bestScore(LogicGate gate, double limit, double step) {
        int best = 0;
        int n = (int) Math.round(2 * limit / step);
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                for (int k = 0; k <= n; k++) {
                    Perceptron p = new Perceptron(-limit + i * step, -limit + j * step, -limit + k * step);
                    best = Math.max(best, p.correctRows(gate));
                }
            }
        }
        return best;
    }
}
