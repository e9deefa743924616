package org.neurallab.lab.curriculum.graph;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the page writes the graph's numbers: in binary floating point 200 * 1.1 is 220.00000000000003,
 * 1.1 * 3 is 3.3000000000000003 and 650 * 1.1 is 715.0000000000001; rounding to ten significant digits
 * shows what the lecture shows (220, 3.3, 715) while keeping any real difference a student types in.
 */
public final class GraphNumbers {
    private GraphNumbers() {
    }

    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
    }
}
