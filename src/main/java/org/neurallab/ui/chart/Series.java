package org.neurallab.ui.chart;

import java.util.Arrays;
import javafx.scene.paint.Color;

/**
 * One line of a {@link LiveChart}: points kept in growable primitive arrays (no boxing, so tens of
 * thousands of points cost little), with an optional exponential moving average for noisy per-batch
 * values. Append from the FX thread only.
 */
public final class Series {
    private final String name;
    private final Color color;
    private final double smoothing;
    private final boolean dashed;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private double[] smooth = new double[256];
    private int size;

    /**
     * @param smoothing 0 for none; otherwise the weight of the past in an exponential moving average
     *                  (0.9 follows about the last ten points)
     */
    public Series(String name, Color color, double smoothing, boolean dashed) {
        this.name = name;
        this.color = color;
        this.smoothing = smoothing;
        this.dashed = dashed;
    }

    public Series(String name, Color color) {
        this(name, color, 0, false);
    }

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
            smooth = Arrays.copyOf(smooth, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        if (!Double.isFinite(y)) {
            smooth[size] = size == 0 ? y : smooth[size - 1];
        } else {
            smooth[size] = size == 0 || smoothing == 0 || !Double.isFinite(smooth[size - 1])
                    ? y : smoothing * smooth[size - 1] + (1 - smoothing) * y;
        }
        size++;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** The value drawn as the line: smoothed when smoothing is on. */
    public double shown(int i) {
        return smooth[i];
    }

    public boolean smoothed() {
        return smoothing > 0;
    }

    public boolean dashed() {
        return dashed;
    }

    public String name() {
        return name;
    }

    public Color color() {
        return color;
    }

    public double lastY() {
        return size == 0 ? Double.NaN : ys[size - 1];
    }
}
