package org.neurallab.engine.plain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The display tanh stays within 5e-8 of Math.tanh everywhere and keeps tanh's shape. */
class DisplayTanhTest {

    @Test
    void maximumErrorOverADenseGridIsBelowFiveTimesTenToTheMinusEight() {
        double worst = 0;
        double worstAt = 0;
        // 4,000,001 points on [-20, 20], step 1e-5: covers the fitted range, the clamp at 9 and beyond.
        for (int i = 0; i <= 4_000_000; i++) {
            double x = -20 + i * 1e-5;
            double err = Math.abs(DisplayTanh.tanh(x) - Math.tanh(x));
            if (err > worst) {
                worst = err;
                worstAt = x;
            }
        }
        assertThat(worst).as("largest error, at x = %s", worstAt).isLessThan(5e-8);
        // The bound is a real one: a fit this good is still not exact.
        assertThat(worst).isGreaterThan(1e-9);
    }

    @Test
    void isOddMonotoneAndBoundedLikeTanh() {
        double previous = DisplayTanh.tanh(-30);
        assertThat(previous).isEqualTo(-1.0, org.assertj.core.api.Assertions.within(5e-8));
        for (int i = -300_000; i <= 300_000; i++) {
            double x = i * 1e-4;
            double y = DisplayTanh.tanh(x);
            assertThat(DisplayTanh.tanh(-x)).isEqualTo(-y);
            assertThat(y).isBetween(-1.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = y;
        }
        assertThat(DisplayTanh.tanh(0.0)).isEqualTo(0.0);
        assertThat(DisplayTanh.tanh(Double.POSITIVE_INFINITY)).isEqualTo(DisplayTanh.tanh(9.0));
        assertThat(DisplayTanh.tanh(Double.NaN)).isNaN();
    }

    @Test
    void arrayFormEqualsTheScalarFormInsideItsRangeOnly() {
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = -12 + i * 0.024;
        }
        double[] expected = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            expected[i] = DisplayTanh.tanh(v[i]);
        }
        DisplayTanh.applyInPlace(v, 100, 900);
        for (int i = 0; i < v.length; i++) {
            assertThat(v[i]).as("value %d", i).isEqualTo(i >= 100 && i < 900 ? expected[i] : -12 + i * 0.024);
        }
    }
}
