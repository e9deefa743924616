package org.neurallab.lab.curriculum.graph;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How the page writes the graph's numbers: 1.1 * 2 is 2.2000000000000002 in binary floating point, and
 * 100 * 2 * 1.1 is 220.00000000000003; rounding to ten significant digits shows what the lecture shows
 * (2.2 and 220) while keeping any real difference a student types in.
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
