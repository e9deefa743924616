package org.neurallab.lab.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the student may type, and how the numbers are written back into the field. */
class NumberFieldTest {

    @ParameterizedTest
    @CsvSource({"3, 3", "-0.5, -0.5", "2.5, '2,5'", "0.001, .001", "-2, \u22122", "20000, 2e4", "0.01, 1E-2"})
    void readsNumbersTheWayPeopleTypeThem(double expected, String typed) {
        assertThat(NumberField.parse(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"abc", "1..2", "''", "' '", "1e400", "NaN", "Infinity", "0x10", "3-"})
    void anythingElseIsNotANumber(String typed) {
        assertThat(NumberField.parse(typed)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"3, 3", "0.125, 0.125", "0.001, 0.001", "2e-5, 2e-5", "1e-7, 1e-7", "1.5e20, 1.5e20",
        "-0.7, -0.7", "31.0032, 31.0032"})
    void writesNumbersWithoutPaddingZeros(double value, String shown) {
        assertThat(NumberField.format(value, false)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"500, 500", "7, 7"})
    void wholeNumbersHaveNoDecimals(double value, String shown) {
        assertThat(NumberField.format(value, true)).isEqualTo(shown);
    }
}
