package org.neurallab.lab.playground.data;

/**
 * The datasets the Playground can generate. The first six follow TensorFlow Playground; the
 * multiclass ones and the logic gates go beyond it.
 */
public enum PointDataset {
    CIRCLE(ProblemType.CLASSIFICATION, false),
    XOR(ProblemType.CLASSIFICATION, false),
    GAUSSIAN(ProblemType.CLASSIFICATION, false),
    SPIRAL(ProblemType.CLASSIFICATION, false),
    /** 3 to 5 gaussian blobs around a circle, one class each. */
    BLOBS(ProblemType.CLASSIFICATION, true),
    /** 3 to 5 interleaved spiral arms, one class each. */
    SPIRALS(ProblemType.CLASSIFICATION, true),
    /** The four corners of the perceptron lecture's truth tables. */
    GATE_AND(ProblemType.CLASSIFICATION, false),
    GATE_OR(ProblemType.CLASSIFICATION, false),
    GATE_XOR(ProblemType.CLASSIFICATION, false),
    /** Points above (class 1) or below (class 0) the curve x2 = 3 sin(x1 / 1.5). */
    BOUNDARY_SIN(ProblemType.CLASSIFICATION, false),
    /** Points above or below x2 = 2 (u³ − u) with u = x1 / 3: a cubic's S-bend. */
    BOUNDARY_CUBIC(ProblemType.CLASSIFICATION, false),
    /** Points above or below x2 = |x1| − 2: a V that no single straight line separates. */
    BOUNDARY_ABS(ProblemType.CLASSIFICATION, false),
    PLANE(ProblemType.REGRESSION, false),
    MULTI_GAUSSIAN(ProblemType.REGRESSION, false);

    private final ProblemType problem;
    private final boolean multiclass;

    PointDataset(ProblemType problem, boolean multiclass) {
        this.problem = problem;
        this.multiclass = multiclass;
    }

    public ProblemType problem() {
        return problem;
    }

    /** True when the class count (3 to 5) is the user's choice. */
    public boolean multiclass() {
        return multiclass;
    }

    /** True for the datasets split by a function's curve (x2 above or below f(x1)). */
    public boolean functionBoundary() {
        return this == BOUNDARY_SIN || this == BOUNDARY_CUBIC || this == BOUNDARY_ABS;
    }

    /** The curve of a function-boundary dataset at x1, in the plot's units (-6 to 6). */
    public double boundary(double x1) {
        switch (this) {
            case BOUNDARY_SIN: return 3 * Math.sin(x1 / 1.5);
            case BOUNDARY_CUBIC: {
                double u = x1 / 3;
                return 2 * (u * u * u - u);
            }
            case BOUNDARY_ABS: return Math.abs(x1) - 2;
            default: throw new IllegalStateException(this + " is not split by a function");
        }
    }

    public boolean logicGate() {
        return this == GATE_AND || this == GATE_OR || this == GATE_XOR;
    }

    /** Key suffix for the UI text, e.g. "dataset.circle". */
    public String key() {
        return "dataset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
