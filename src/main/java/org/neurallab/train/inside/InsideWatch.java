package org.neurallab.train.inside;

/**
 * How often a run looks inside its network, and how many first-layer pictures it keeps.
 *
 * @param intervalMillis at least this long between two sampled batches (the first batch, and a batch after
 *                       which the run pauses, are always sampled)
 * @param maxFilters     first-layer pictures per snapshot, 0 for none
 * @param maxShare       at most this share of the run's time goes to looking: after a look that took t, the
 *                       next waits at least t / maxShare - t (a big network is looked at less often); 1 for
 *                       no limit
 */
public record InsideWatch(long intervalMillis, int maxFilters, double maxShare) {
    /** What the Training lab uses: up to ten looks a second, sixteen pictures, at most 3 % of the time. */
    public static final InsideWatch DEFAULT = new InsideWatch(100, 16, 0.03);

    public InsideWatch {
        if (intervalMillis < 0) {
            throw new IllegalArgumentException("the interval must not be negative, got " + intervalMillis);
        }
        if (maxFilters < 0 || maxFilters > 256) {
            throw new IllegalArgumentException("first-layer pictures must be 0-256, got " + maxFilters);
        }
        if (!(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("the share of time must be above 0 and at most 1, got " + maxShare);
        }
    }
}
