package org.neurallab.lab.curriculum.graph;

/** An addition node: z = x + y. Both partial derivatives are 1, so the upstream gradient passes through unchanged. */
public final class AddLayer {

    public double forward(double x, double y) {
        return x + y;
    }

    /** Returns {dL/dx, dL/dy} for the upstream gradient dL/dz. */
    public double[] backward(double dout) {
        return new double[] {dout, dout};
    }
}
