package org.neurallab.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal, redrawn in place at most five times a second. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long lastDraw;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    void update(int epoch, int epochs, int batch, int batches, double loss, double accuracy, double samplesPerSecond,
                long etaMs) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && batch < batches) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(WIDTH * (double) batch / Math.max(1, batches));
        out.print(String.format(Locale.ROOT, "\repoch %d/%d [%s%s] %3d%% loss %.4f acc %.4f %6.0f samples/s ETA %s  ",
                epoch, epochs, "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * batch / Math.max(1, batches),
                loss, accuracy, samplesPerSecond, duration(etaMs)));
        out.flush();
    }

    void clear() {
        out.print("\r" + " ".repeat(110) + "\r");
        out.flush();
    }

    static String duration(long ms) {
        long s = Math.max(0, ms) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
