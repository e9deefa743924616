package org.neurallab.ui.chart;

/**
 * Paces a costly redraw (a chart drawn in software) to at most a given number per second, while still
 * letting it happen at once when something more than a new data point asks for it (a new epoch, a pause,
 * the end of a run). Called on the FX thread, once per frame that has news.
 */
public final class RedrawPacer {
    private final long intervalNanos;
    private boolean due = true;
    private long last;

    /** @param perSecond at most this many paced redraws a second (1-1000) */
    public RedrawPacer(int perSecond) {
        if (perSecond < 1 || perSecond > 1000) {
            throw new IllegalArgumentException("redraws per second must be 1-1000, got " + perSecond);
        }
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** The next {@link #take} redraws, however soon after the last one. */
    public void force() {
        due = true;
    }

    /**
     * Whether to redraw now; if so, counts it as done.
     *
     * @param nowNanos the frame's time ({@link System#nanoTime()} or the animation timer's)
     */
    public boolean take(long nowNanos) {
        if (!due && nowNanos - last < intervalNanos) {
            return false;
        }
        due = false;
        last = nowNanos;
        return true;
    }
}
