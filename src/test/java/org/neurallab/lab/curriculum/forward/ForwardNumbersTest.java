package org.neurallab.lab.curriculum.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lecture 002's forward pass, computed by the engine network the page uses. */
class ForwardNumbersTest {
    private final ForwardNetwork network = new ForwardNetwork();

    private static double[] round(double[] v, int decimals) {
        double s = Math.pow(10, decimals);
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.round(v[i] * s) / s;
        }
        return r;
    }

    @Test
    void theLecturesNumbers() {
        ForwardNetwork.Pass p = network.forward(ForwardNetwork.LECTURE_X);
        // printed in lecture 002: A1 = [0.3 0.7 1.1], Z1 = [0.57444252 0.66818777 0.75026011]
        assertThat(round(p.a1(), 8)).containsExactly(0.3, 0.7, 1.1);
        assertThat(round(p.z1(), 8)).containsExactly(0.57444252, 0.66818777, 0.75026011);
        assertThat(round(p.z1(), 4)).containsExactly(0.5744, 0.6682, 0.7503);
        // not printed in the lecture's text; worked by hand from its W2, B2, W3, B3 (and the book's output)
        assertThat(round(p.a2(), 4)).containsExactly(0.5162, 1.2140);
        assertThat(round(p.z2(), 4)).containsExactly(0.6262, 0.7710);
        assertThat(round(p.a3(), 4)).containsExactly(0.3168, 0.6963);
        assertThat(round(p.y(), 8)).containsExactly(0.31682708, 0.69627909);
    }

    @Test
    void theEngineHoldsTheLecturesWeights() {
        assertThat(network.weight(0, 1, 2)).isEqualTo(0.6);
        assertThat(network.weight(1, 2, 1)).isEqualTo(0.6);
        assertThat(network.weight(2, 0, 1)).isEqualTo(0.3);
        assertThat(network.bias(0, 2)).isEqualTo(0.3);
        assertThat(network.bias(2, 1)).isEqualTo(0.2);
    }

    @Test
    void eachSumIsTheWeightedSumWrittenOut() {
        double[] x = {-2, 3};
        ForwardNetwork.Pass p = network.forward(x);
        for (int j = 0; j < 3; j++) {
            double a = x[0] * ForwardNetwork.W1[0][j] + x[1] * ForwardNetwork.W1[1][j] + ForwardNetwork.B1[j];
            assertThat(p.a1()[j]).isCloseTo(a, within(1e-12));
            assertThat(p.z1()[j]).isCloseTo(1 / (1 + Math.exp(-a)), within(1e-12));
        }
        assertThat(WeightedSum.of(network, p, 1, 0).value()).isCloseTo(p.a2()[0], within(1e-12));
    }
}
