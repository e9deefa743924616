package org.neurallab.train.inside;

/**
 * How often a run looks inside its network, and how many first-layer pictures it keeps.
 *
 * @param intervalMillis at least this long between two sampled batches (the first batch, and a batch after
 *                       which the run pauses, are always sampled)
 * @param maxFilters     first-layer pictures per snapshot, 0 for none
 */
public record InsideWatch(long intervalMillis, int maxFilters) {
    /** What the Training lab uses: ten looks a second, sixteen pictures. */
    public static final InsideWatch DEFAULT = new InsideWatch(100, 16);

    public InsideWatch {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("the interval must not be negative, got " + intervalMillis);
        }
        if (maxFilters < 0 || maxFilters > 256) {
            throw new IllegalArgumentException("first-layer pictures must be 0-256, got " + maxFilters);
        }
    }
}
