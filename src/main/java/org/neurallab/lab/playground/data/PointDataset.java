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

    public boolean logicGate() {
        return this == GATE_AND || this == GATE_OR || this == GATE_XOR;
    }

    /** Key suffix for the UI text, e.g. "dataset.circle". */
    public String key() {
        return "dataset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
