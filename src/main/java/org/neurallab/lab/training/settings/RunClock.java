package org.neurallab.lab.training.settings;

/** How the lab writes durations: "0:07", "12:34" or "1:02:03". */
public final class RunClock {
    private RunClock() {
    }

    /** "0:07", "12:34" or "1:02:03"; "—" when unknown (negative, NaN or infinite). */
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
