package org.neurallab.lab.curriculum.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lectures 002 and 004: the gates' truth tables with the lecture's weights, and XOR from gates. */
class PerceptronLectureNumbersTest {

    @Test
    void andNandOrWithTheLecturesWeightsGiveTheirTruthTables() {
        // rows (0,0), (0,1), (1,0), (1,1)
        assertThat(new Perceptron(0.5, 0.5, -0.7).truthTable()).containsExactly(0, 0, 0, 1);
        assertThat(new Perceptron(-0.5, -0.5, 0.7).truthTable()).containsExactly(1, 1, 1, 0);
        assertThat(new Perceptron(0.5, 0.5, -0.2).truthTable()).containsExactly(0, 1, 1, 1);
        for (LogicGate gate : new LogicGate[] {LogicGate.AND, LogicGate.NAND, LogicGate.OR}) {
            assertThat(gate.lecturePerceptron().correctRows(gate)).as(gate.name()).isEqualTo(4);
        }
    }

    @Test
    void theLecturesWeightsAreTheOnesTheGatesLoad() {
        assertThat(LogicGate.AND.lecturePerceptron()).isEqualTo(new Perceptron(0.5, 0.5, -0.7));
        assertThat(LogicGate.NAND.lecturePerceptron()).isEqualTo(new Perceptron(-0.5, -0.5, 0.7));
        assertThat(LogicGate.OR.lecturePerceptron()).isEqualTo(new Perceptron(0.5, 0.5, -0.2));
    }

    @Test
    void theAndSumsAreTheLecturesTable() {
        // lecture 002: 0.5*0 + 0.5*0 = 0, 0.5, 0.5, 1, compared with theta = 0.7
        Perceptron and = LogicGate.AND.lecturePerceptron();
        assertThat(and.sum(0, 0) + 0.7).isCloseTo(0.0, within(1e-12));
        assertThat(and.sum(1, 0) + 0.7).isCloseTo(0.5, within(1e-12));
        assertThat(and.sum(1, 1) + 0.7).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aSumOfExactlyZeroAnswersZero() {
        // "if tmp <= 0: return 0": the boundary itself belongs to 0
        assertThat(new Perceptron(1, 1, -1).output(1, 0)).isZero();
    }

    @Test
    void xorFromNandOrAndIsLecture004sTable() {
        GateNetwork.Row[] rows = GateNetwork.table();
        // x1, x2, s1 = NAND, s2 = OR, y; rows (0,0), (0,1), (1,0), (1,1)
        assertThat(rows[0]).isEqualTo(new GateNetwork.Row(0, 0, 1, 0, 0));
        assertThat(rows[1]).isEqualTo(new GateNetwork.Row(0, 1, 1, 1, 1));
        assertThat(rows[2]).isEqualTo(new GateNetwork.Row(1, 0, 1, 1, 1));
        assertThat(rows[3]).isEqualTo(new GateNetwork.Row(1, 1, 0, 1, 0));
    }

    @Test
    void noPerceptronOnAGridComputesXorButTheOthersAreFound() {
        assertThat(XorSearch.bestScore(LogicGate.XOR, 2, 0.1)).isEqualTo(3);
        assertThat(XorSearch.bestScore(LogicGate.AND, 2, 0.1)).isEqualTo(4);
    }
}
