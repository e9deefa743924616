package org.neurallab.lab.curriculum.perceptron;

/**
 * The gates of lectures 002 and 004 with their truth tables and, for the three a single perceptron can
 * compute, the lecture's weights and bias. Exclusive-or has none: no straight line separates its points.
 */
public enum LogicGate {
    AND(new int[] {0, 0, 0, 1}, new Perceptron(0.5, 0.5, -0.7)),
    NAND(new int[] {1, 1, 1, 0}, new Perceptron(-0.5, -0.5, 0.7)),
    OR(new int[] {0, 1, 1, 1}, new Perceptron(0.5, 0.5, -0.2)),
    XOR(new int[] {0, 1, 1, 0}, null);

    /** The inputs in the order every table on the page uses. */
    public static final double[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    private final int[] targets;
    private final Perceptron lecture;

    LogicGate(int[] targets, Perceptron lecture) {
        this.targets = targets;
        this.lecture = lecture;
    }

    /** The gate's answer for input row i. */
    public int target(int row) {
        return targets[row];
    }

    /** The lecture's perceptron for this gate; for XOR (which has none) a starting guess, AND's weights. */
    public Perceptron lecturePerceptron() {
        return lecture != null ? lecture : AND.lecture;
    }

    /** Whether one perceptron can compute the gate. */
    public boolean linearlySeparable() {
        return lecture != null;
    }

    /** Bundle key of the gate's name. */
    public String key() {
        return "curPerceptron.gate." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
