package org.neurallab.lab.curriculum.gradient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Lecture 002's numerical differentiation and gradient descent, computed by the classes the Gradients page
 * runs. The lecture gives the code (h = 1e-4, central difference, x0² + x1², gradient_descent); the worked
 * values (start (-3, 4), lr 0.1 / 10 / 1e-10, gradients at (3,4), (0,2), (3,0)) are those of the textbook
 * the lecture follows, pinned at the digits NumPy prints.
 */
class GradientLectureNumbersTest {

    private static double[] gradientAt(double x0, double x1) {
        return NumericalGradient.of(NumericalGradient::sumOfSquares, new double[] {x0, x1}, NumericalDerivative.LECTURE_H);
    }

    private static double[] descend(double lr) {
        return GradientDescent.run(NumericalGradient::sumOfSquares, new double[] {-3, 4}, lr, 100).last();
    }

    @Test
    void centralDifferenceWithTheLecturesHIsCloseToTheTrueSlope() {
        for (LectureFunction f : LectureFunction.values()) {
            for (double x : new double[] {-2, 0, 1, 3}) {
                assertThat(NumericalDerivative.central(f, x, 1e-4)).as("%s at %s", f, x).isCloseTo(f.slope(x), within(1e-8));
            }
        }
        // the forward difference is much worse at the same h
        double forwardError = Math.abs(NumericalDerivative.forward(LectureFunction.SIGMOID, 1, 1e-4)
                - LectureFunction.SIGMOID.slope(1));
        double centralError = Math.abs(NumericalDerivative.central(LectureFunction.SIGMOID, 1, 1e-4)
                - LectureFunction.SIGMOID.slope(1));
        assertThat(forwardError).isGreaterThan(1000 * centralError);
    }

    @Test
    void aTinyHGivesZeroInFloat64AndNaNInFloat32() {
        for (LectureFunction f : LectureFunction.values()) {
            assertThat(NumericalDerivative.central(f, 1, NumericalDerivative.TINY_H)).isEqualTo(0.0);
            assertThat((float) NumericalDerivative.TINY_H).isEqualTo(0f);
            assertThat(NumericalDerivative.centralFloat32(f, 1, NumericalDerivative.TINY_H)).isNaN();
        }
    }

    @Test
    void theErrorHasASweetSpotNearTenToTheMinusFive() {
        ErrorSweep sweep = ErrorSweep.of(LectureFunction.SIGMOID, DerivativePane.LECTURE_X);
        assertThat(sweep.bestCentralH()).isBetween(1e-6, 1e-4);
        double[] log10H = sweep.log10H();
        double[] central = sweep.central();
        double[] float32 = sweep.central32();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < central.length; i++) {
            best = Math.min(best, central[i]);
            if (log10H[i] == -12) {
                assertThat(central[i]).isGreaterThan(100 * best);
            }
            if (log10H[i] == -4) {
                assertThat(central[i]).isLessThan(1e-8);
                assertThat(float32[i]).isGreaterThan(1000 * central[i]);
            }
            if (log10H[i] == -20) {
                // x + h == x: the estimate is 0 and the error the whole slope
                assertThat(central[i]).isEqualTo(LectureFunction.SIGMOID.slope(1));
            }
        }
    }

    @Test
    void gradientsOfTheSumOfSquaresAtTheTextbooksPoints() {
        double[] g = gradientAt(3, 4);
        assertThat(g[0]).isCloseTo(6, within(1e-9)).isNotEqualTo(6.0);
        assertThat(g[1]).isCloseTo(8, within(1e-9));
        // the unrounded values the textbook quotes
        assertThat(g[0]).isEqualTo(6.00000000000378);
        assertThat(g[1]).isEqualTo(7.999999999999119);
        assertThat(gradientAt(0, 2)).containsExactly(new double[] {0, 4}, within(1e-9));
        assertThat(gradientAt(3, 0)).containsExactly(new double[] {6, 0}, within(1e-9));
    }

    @Test
    void descentFromMinusThreeFourWithRateOneTenthEndsNearZero() {
        double[] x = descend(0.1);
        assertThat(NumpyStyle.array(x)).isEqualTo("[-6.11110793e-10, 8.14814391e-10]");
        // 0.8^100 of the start, as the page explains
        assertThat(x[0]).isCloseTo(-3 * Math.pow(0.8, 100), within(1e-12));
    }

    @Test
    void tooLargeARateExplodesAndTooSmallOneHardlyMoves() {
        GradientDescent large = GradientDescent.run(NumericalGradient::sumOfSquares, new double[] {-3, 4}, 10, 100);
        assertThat(NumpyStyle.array(large.last())).isEqualTo("[-2.58983747e+13, -1.29524862e+12]");
        assertThat(large.diverged()).isTrue();
        assertThat(NumpyStyle.array(descend(1e-10))).isEqualTo("[-2.99999994, 3.99999992]");
        assertThat(GradientDescent.run(NumericalGradient::sumOfSquares, new double[] {-3, 4}, 0.1, 100).diverged()).isFalse();
    }

    @Test
    void theLecturesDefaultRateGetsPartOfTheWay() {
        double[] x = descend(GradientDescent.LECTURE_RATE);
        assertThat(NumpyStyle.array(x)).isEqualTo("[-0.39785867, 0.53047822]");
        assertThat(x[1]).isCloseTo(4 * Math.pow(0.98, 100), within(1e-9));
    }
}
