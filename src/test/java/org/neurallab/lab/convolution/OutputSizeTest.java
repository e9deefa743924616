package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputSizeTest {

    /** Counts window positions by walking them, independently of the formula. */
    private static int positions(int n, int f, int p, int s) {
        int count = 0;
        for (int start = -p; start + f <= n + p; start += s) {
            count++;
        }
        return count;
    }

    @Test
    void formulaMatchesTheComputedOutputOverAGrid() {
        int checked = 0;
        for (int n = 1; n <= 12; n++) {
            for (int f = 1; f <= 5; f++) {
                for (int p = 0; p <= 3; p++) {
                    for (int s = 1; s <= 3; s++) {
                        if (f > n + 2 * p) {
                            continue;
                        }
                        int formula = OutputSize.of(n, f, p, s);
                        double[][] image = new double[n][n + 1];
                        double[][] out = Convolution.apply(image, new double[f][f], s, p);
                        assertThat(out.length).as("n=%d f=%d p=%d s=%d", n, f, p, s).isEqualTo(formula);
                        assertThat(out[0].length).isEqualTo(OutputSize.of(n + 1, f, p, s));
                        assertThat(formula).isEqualTo(positions(n, f, p, s));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void lectureExamples() {
        assertThat(OutputSize.of(4, 2, 0, 2)).isEqualTo(2);
        assertThat(OutputSize.of(5, 3, 1, 1)).isEqualTo(5);
        assertThat(OutputSize.of(28, 3, 0, 1)).isEqualTo(26);
        assertThat(OutputSize.of(32, 3, 0, 1)).isEqualTo(30);
        assertThat(OutputSize.of(30, 2, 0, 2)).isEqualTo(15);
        assertThat(OutputSize.of(13, 2, 0, 2)).isEqualTo(6);
    }

    @Test
    void samePaddingKeepsSizeAtStrideOne() {
        for (int f = 1; f <= 7; f += 2) {
            assertThat(OutputSize.of(10, f, PaddingMode.SAME.amount(f, 0), 1)).isEqualTo(10);
        }
    }

    @Test
    void badNumbersAreRefusedWithTheirName() {
        assertThatThrownBy(() -> OutputSize.of(5, 3, 0, 0)).hasMessageContaining("stride");
        assertThatThrownBy(() -> OutputSize.of(3, 5, 0, 1)).hasMessageContaining("kernel size");
        assertThatThrownBy(() -> OutputSize.of(5, 3, -1, 1)).hasMessageContaining("padding");
        assertThatThrownBy(() -> Convolution.apply(new double[2][2], new double[3][3], 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
