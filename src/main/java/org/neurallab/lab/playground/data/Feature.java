package org.neurallab.lab.playground.data;

import java.util.Locale;

/** The input features the network can see, each computed from a point's (x1, x2). */
public enum Feature {
    X1("x\u2081"),
    X2("x\u2082"),
    X1_SQUARED("x\u2081\u00b2"),
    X2_SQUARED("x\u2082\u00b2"),
    X1_TIMES_X2("x\u2081x\u2082"),
    SIN_X1("sin(x\u2081)"),
    SIN_X2("sin(x\u2082)");

    private final String label;

    Feature(String label) {
        this.label = label;
    }

    /** The formula as shown on the input node (the same in every language). */
    public String label() {
        return label;
    }

    public double apply(double x1, double x2) {
        switch (this) {
            case X1: return x1;
            case X2: return x2;
            case X1_SQUARED: return x1 * x1;
            case X2_SQUARED: return x2 * x2;
            case X1_TIMES_X2: return x1 * x2;
            case SIN_X1: return Math.sin(x1);
            default: return Math.sin(x2);
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
