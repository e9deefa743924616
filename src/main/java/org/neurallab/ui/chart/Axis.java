package org.neurallab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear axis: maps values to pixels and picks "nice" tick values (1, 2 or 5 times a power of ten). */
final class Axis {
    private final double min;
    private final double max;
    private final double pixelMin;
    private final double pixelMax;
    private final double step;

    Axis(double min, double max, double pixelMin, double pixelMax, int targetTicks) {
        this.min = min;
        this.max = max;
        this.pixelMin = pixelMin;
        this.pixelMax = pixelMax;
        this.step = niceStep((max - min) / targetTicks);
    }

    double toPixel(double v) {
        return pixelMin + (v - min) / (max - min) * (pixelMax - pixelMin);
    }

    /** The value at a pixel: the inverse of {@link #toPixel(double)}. */
    double toValue(double pixel) {
        return min + (pixel - pixelMin) / (pixelMax - pixelMin) * (max - min);
    }

    double step() {
        return step;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step) * step;
        for (double t = first; t <= max + step * 1e-9 && ticks.size() < 50; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    static String format(double v, double step) {
        int decimals = (int) Math.max(0, Math.min(6, -Math.floor(Math.log10(step))));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
