package org.neurallab.lab.curriculum.perceptron;

/**
 * Exclusive-or from two layers of perceptrons (lecture 004, section 2.5): the first layer computes
 * s1 = NAND(x1, x2) and s2 = OR(x1, x2), the second y = AND(s1, s2). Each gate uses the lecture's weights.
 */
public final class GateNetwork {

    /** One row of the lecture's table: inputs, the two intermediate values and the output. */
    public record Row(int x1, int x2, int s1, int s2, int y) {
    }

    private GateNetwork() {
    }

    public static Row evaluate(int x1, int x2) {
        int s1 = LogicGate.NAND.lecturePerceptron().output(x1, x2);
        int s2 = LogicGate.OR.lecturePerceptron().output(x1, x2);
        int y = LogicGate.AND.lecturePerceptron().output(s1, s2);
        return new Row(x1, x2, s1, s2, y);
    }

    /** All four rows in the page's input order. */
    public static Row[] table() {
        Row[] rows = new Row[LogicGate.INPUTS.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = evaluate((int) LogicGate.INPUTS[i][0], (int) LogicGate.INPUTS[i][1]);
        }
        return rows;
    }
}
