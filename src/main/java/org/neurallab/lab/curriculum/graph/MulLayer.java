package org.neurallab.lab.curriculum.graph;

/**
 * A multiplication node: z = x * y. It remembers its inputs on the way forward because the way back
 * needs them: dz/dx = y and dz/dy = x, so each input's gradient is the upstream one times the other input.
 */
public final class MulLayer {
    private double x;
    private double y;

    public double forward(double x, double y) {
        this.x = x;
        this.y = y;
        return x * y;
    }

    /** Returns {dL/dx, dL/dy} for the upstream gradient dL/dz. */
    public double[] backward(double dout) {
        return new double[] {dout * y, dout * x};
    }
}
