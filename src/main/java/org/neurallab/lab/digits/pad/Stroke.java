package org.neurallab.lab.digits.pad;

import java.util.ArrayList;
import java.util.List;

/**
 * One pen stroke on the drawing pad, in pad coordinates (0..size). An eraser stroke paints background.
 * Mutable while it is being drawn, then left alone.
 */
public final class Stroke {
    private final List<double[]> points = new ArrayList<>();
    private final double width;
    private final boolean eraser;

    public Stroke(double width, boolean eraser) {
        if (!(width > 0)) {
            throw new IllegalArgumentException("stroke width must be positive, got " + width);
        }
        this.width = width;
        this.eraser = eraser;
    }

    public void add(double x, double y) {
        points.add(new double[] {x, y});
    }

    public List<double[]> points() {
        return points;
    }

    public double width() {
        return width;
    }

    public boolean eraser() {
        return eraser;
    }
}
