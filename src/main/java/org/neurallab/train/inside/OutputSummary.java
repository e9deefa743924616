package org.neurallab.train.inside;

import java.nio.FloatBuffer;

/**
 * Statistics of one layer's outputs for a batch, in two passes over the values: mean, spread, range and
 * which units ever fired, then the histogram.
 */
final class OutputSummary {
    final double mean;
    final double spread;
    final float min;
    final float max;
    final int[] histogram;
    /** Share of units that put out nothing above 0 for the whole batch; NaN when not asked. */
    final double deadShare;

    /**
     * @param values the outputs, row-major: examples, then units, then {@code inner} values per unit (the
     *               positions of a feature map; 1 for a Dense layer)
     * @param count  how many values
     * @param units  units per example
     * @param inner  values per unit per example
     * @param relu   whether to count dead units
     * @param bins   histogram bins
     */
    OutputSummary(FloatBuffer values, int count, int units, int inner, boolean relu, int bins) {
        boolean[] fired = relu ? new boolean[units] : null;
        double sum = 0;
        double squares = 0;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        int i = 0;
        while (i < count) {
            for (int u = 0; u < units && i < count; u++) {
                boolean any = false;
                for (int j = 0; j < inner && i < count; j++, i++) {
                    float v = values.get(i);
                    sum += v;
                    squares += (double) v * v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    any |= v > 0;
                }
                if (fired != null && any) {
                    fired[u] = true;
                }
            }
        }
        mean = count == 0 ? Double.NaN : sum / count;
        spread = count == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares / count - mean * mean));
        min = lo;
        max = hi;
        histogram = new int[bins];
        if (count > 0) {
            double width = (hi - lo) / bins;
            for (int k = 0; k < count; k++) {
                int bin = width > 0 ? (int) ((values.get(k) - lo) / width) : bins / 2;
                histogram[Math.min(bins - 1, Math.max(0, bin))]++;
            }
        }
        if (fired == null) {
            deadShare = Double.NaN;
        } else {
            int dead = 0;
            for (boolean f : fired) {
                dead += f ? 0 : 1;
            }
            deadShare = dead / (double) units;
        }
    }

    /** Length of a vector: the square root of the sum of its squared values. */
    static double norm(FloatBuffer values, int count) {
        double s = 0;
        for (int i = 0; i < count; i++) {
            double v = values.get(i);
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
