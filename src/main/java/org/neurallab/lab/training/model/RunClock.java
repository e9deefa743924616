package org.neurallab.lab.training.model;

/**
 * Elapsed training time that stops while a run is paused, and from it the speed in samples per
 * second and the time left. Times are passed in (nanoseconds) so tests need not sleep.
 */
public final class RunClock {
    private long startedAt = -1;
    private long pausedAt = -1;
    private long pausedTotal;

    public void start(long now) {
        startedAt = now;
        pausedAt = -1;
        pausedTotal = 0;
    }

    public void pause(long now) {
        if (startedAt >= 0 && pausedAt < 0) {
            pausedAt = now;
        }
    }

    public void resume(long now) {
        if (pausedAt >= 0) {
            pausedTotal += now - pausedAt;
            pausedAt = -1;
        }
    }

    public boolean started() {
        return startedAt >= 0;
    }

    /** Seconds spent training so far, pauses excluded. */
    public double activeSeconds(long now) {
        if (startedAt < 0) {
            return 0;
        }
        long end = pausedAt >= 0 ? pausedAt : now;
        return Math.max(0, end - startedAt - pausedTotal) / 1e9;
    }

    /** Average speed since the start; 0 before anything was trained. */
    public static double samplesPerSecond(long samplesDone, double seconds) {
        return seconds > 0 ? samplesDone / seconds : 0;
    }

    /** Seconds left at the current speed, NaN while the speed is unknown. */
    public static double etaSeconds(long samplesDone, long samplesTotal, double seconds) {
        double rate = samplesPerSecond(samplesDone, seconds);
        return rate > 0 ? Math.max(0, samplesTotal - samplesDone) / rate : Double.NaN;
    }

    /** "0:07", "12:34" or "1:02:03"; "—" when unknown. */
    public static String clockText(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "—";
        }
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
