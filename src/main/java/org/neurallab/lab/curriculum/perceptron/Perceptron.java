package org.neurallab.lab.curriculum.perceptron;

import org.neurallab.engine.activation.Activation;

/**
 * The lecture's two-input perceptron: y = step(w1 x1 + w2 x2 + b), with the engine's step function
 * (0 when the sum is at most 0, 1 above it, exactly as the lecture's {@code if tmp <= 0: return 0}).
 */
public record Perceptron(double w1, double w2, double b) {

    /** The weighted sum before the step. */
    public double sum(double x1, double x2) {
        return w1 * x1 + w2 * x2 + b;
    }

    /** The perceptron's answer, 0 or 1. */
    public int output(double x1, double x2) {
        return (int) Activation.STEP.apply(sum(x1, x2));
    }

    /** Outputs for the four inputs (0,0), (0,1), (1,0), (1,1). */
    public int[] truthTable() {
        int[] out = new int[LogicGate.INPUTS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = output(LogicGate.INPUTS[i][0], LogicGate.INPUTS[i][1]);
        }
        return out;
    }

    /** How many of the four rows agree with the gate's truth table (4 means the gate is computed). */
    public int correctRows(LogicGate gate) {
        int[] out = truthTable();
        int right = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == gate.target(i)) {
                right++;
            }
        }
        return right;
    }
}
