package org.neurallab.train.inside;

import java.nio.FloatBuffer;

/**
 * Statistics of one layer's outputs for a batch: mean, spread, range and histogram over at most
 * {@value #SAMPLE} evenly spaced values (all of them for a Dense layer of the usual sizes; a sample of a
 * convolution's feature maps), and which units never fired, from every value.
 */
final class OutputSummary {
    /** Values looked at for the mean, spread, range and histogram. */
    static final int SAMPLE = 1 << 15;

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
        int stride = Math.max(1, (count + SAMPLE - 1) / SAMPLE);
        double sum = 0;
        double squares = 0;
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < count; i += stride, n++) {
            float v = values.get(i);
            sum += v;
            squares += (double) v * v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        mean = n == 0 ? Double.NaN : sum / n;
        spread = n == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares / n - mean * mean));
        min = lo;
        max = hi;
        histogram = new int[bins];
        double width = (hi - lo) / bins;
        for (int i = 0; i < count; i += stride) {
            int bin = width > 0 ? (int) ((values.get(i) - lo) / width) : bins / 2;
            histogram[Math.min(bins - 1, Math.max(0, bin))]++;
        }
        deadShare = relu ? dead(values, count, units, inner) / (double) units : Double.NaN;
    }

    /** Units with no value above 0 in any example; a unit is left as soon as one is found. */
    private static int dead(FloatBuffer values, int count, int units, int inner) {
        int examples = count / (units * inner);
        int dead = 0;
        for (int u = 0; u < units; u++) {
            boolean fired = false;
            for (int e = 0; e < examples && !fired; e++) {
                int from = (e * units + u) * inner;
                for (int j = from; j < from + inner; j++) {
                    if (values.get(j) > 0) {
                        fired = true;
                        break;
                    }
                }
            }
            dead += fired ? 0 : 1;
        }
        return dead;
    }
}
