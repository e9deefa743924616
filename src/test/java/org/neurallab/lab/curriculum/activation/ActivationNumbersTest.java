package org.neurallab.lab.curriculum.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;

/** The numbers the activation page shows, from the code it runs (the engine's activations and softmax). */
class ActivationNumbersTest {
    private static final double[] Z = {-3, -1, -0.5, -0.001, 0.001, 0.5, 1, 2.5};

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }

    private static double cut(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.floor(v * s) / s;
    }

    @Test
    void softmaxOfTheLecturesVectorToFiveDecimals() {
        double[] y = Softmax.engine(new double[] {0.3, 2.9, 4.0});
        // lecture 002: [0.01821127 0.24519181 0.73659691]
        // cut (not rounded) after five decimals: [0.01821, 0.24519, 0.73659]
        assertThat(new double[] {cut(y[0], 5), cut(y[1], 5), cut(y[2], 5)}).containsExactly(0.01821, 0.24519, 0.73659);
        // the page prints eight decimals, as the lecture does
        assertThat(new double[] {round(y[0], 8), round(y[1], 8), round(y[2], 8)})
                .containsExactly(0.01821127, 0.24519181, 0.73659691);
        assertThat(y[0] + y[1] + y[2]).isCloseTo(1.0, within(1e-12));
        // and the lecture's intermediate numbers: exp_a and its sum
        double[] e = Softmax.exp(new double[] {0.3, 2.9, 4.0});
        assertThat(e[0]).isCloseTo(1.34985881, within(1e-8));
        assertThat(e[1]).isCloseTo(18.17414537, within(1e-8));
        assertThat(e[2]).isCloseTo(54.59815003, within(1e-8));
        assertThat(e[0] + e[1] + e[2]).isCloseTo(74.1221542101633, within(1e-10));
        assertThat(Softmax.naive(new double[] {0.3, 2.9, 4.0})).containsExactly(y, within(1e-12));
    }

    @Test
    void naiveSoftmaxOverflowsToNaNAndSubtractingTheMaxFixesIt() {
        double[] a = {1010, 1000, 990};
        double[] naive = Softmax.naive(a);
        assertThat(Softmax.exp(a)).containsOnly(Double.POSITIVE_INFINITY);
        assertThat(java.util.Arrays.stream(naive).allMatch(Double::isNaN)).isTrue();
        assertThat(Softmax.shifted(a)).containsExactly(0, -10, -20);
        double[] y = Softmax.engine(a);
        assertThat(y[0]).isCloseTo(0.99995, within(5e-6));
        assertThat(y[1]).isCloseTo(4.54e-05, within(5e-8));
        assertThat(y[2]).isCloseTo(2.06e-09, within(5e-12));
    }

    @Test
    void curvesAreTheEnginesForwardAndItsScalarDerivative() {
        for (ActivationKind kind : new ActivationKind[] {ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.RELU,
            ActivationKind.LEAKY_RELU, ActivationKind.ELU}) {
            Activation engine = Activation.valueOf(kind.name());
            ActivationCurves.Curve c = ActivationCurves.compute(kind, ActivationSettings.DEFAULTS, Z);
            for (int i = 0; i < Z.length; i++) {
                double y = engine.apply(Z[i]);
                assertThat(c.f()[i]).as("%s(%s)", kind, Z[i]).isCloseTo(y, within(1e-12));
                assertThat(c.df()[i]).as("%s'(%s)", kind, Z[i]).isCloseTo(engine.derivative(Z[i], y), within(1e-12));
            }
        }
        assertThat(ActivationCurves.at(ActivationKind.SIGMOID, ActivationSettings.DEFAULTS, 0)).containsExactly(0.5, 0.25);
        // lecture 002 prints sigmoid([-1, 1, 2]) = [0.26894142 0.73105858 0.88079708]
        ActivationCurves.Curve s = ActivationCurves.compute(ActivationKind.SIGMOID, ActivationSettings.DEFAULTS,
                new double[] {-1, 1, 2});
        assertThat(s.f()).containsExactly(new double[] {0.26894142, 0.73105858, 0.88079708}, within(5e-9));
    }

    @Test
    void theSlidersChangeLeakySlopeAndEluAlpha() {
        ActivationSettings s = new ActivationSettings(0.2, 2.0, 2);
        assertThat(ActivationCurves.at(ActivationKind.LEAKY_RELU, s, -2)).containsExactly(new double[] {-0.4, 0.2}, within(1e-12));
        assertThat(ActivationCurves.at(ActivationKind.LEAKY_RELU, s, 3)).containsExactly(new double[] {3, 1}, within(1e-12));
        double[] elu = ActivationCurves.at(ActivationKind.ELU, s, -1);
        assertThat(elu[0]).isCloseTo(2 * (Math.exp(-1) - 1), within(1e-12));
        assertThat(elu[1]).isCloseTo(2 * Math.exp(-1), within(1e-12));
    }

    @Test
    void stepIsZeroOrOneWithZeroSlope() {
        ActivationCurves.Curve c = ActivationCurves.compute(ActivationKind.STEP, ActivationSettings.DEFAULTS,
                new double[] {-1, 0, 1e-9, 3});
        assertThat(c.f()).containsExactly(0, 0, 1, 1);
        assertThat(c.df()).containsOnly(0.0);
    }

    @Test
    void maxoutOfTwoPiecesIsReluAndMorePiecesApproachSoftplus() {
        for (double z : Z) {
            assertThat(new Maxout(2).apply(z)).isEqualTo(Math.max(0, z));
        }
        Maxout many = new Maxout(8);
        for (double z : new double[] {-2, 0, 1.5}) {
            double softplus = Math.log1p(Math.exp(z));
            assertThat(many.apply(z)).isLessThanOrEqualTo(softplus + 1e-12).isCloseTo(softplus, within(0.1));
        }
        assertThat(new Maxout(3).derivative(0.1)).isEqualTo(0.5);
    }
}
