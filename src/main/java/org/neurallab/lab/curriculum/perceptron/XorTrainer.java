package org.neurallab.lab.curriculum.perceptron;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link XorTraining} on a daemon thread and keeps the newest {@link Snapshot} for the page to
 * pick up once per frame. The whole run takes a few tens of milliseconds, so it is paced to last about
 * three seconds: long enough for a class to watch the loss fall, short enough not to wait for.
 */
public final class XorTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(XorTrainer.class);
    /** Epochs between two points of the loss curve (and two published snapshots). */
    public static final int CURVE_STEP = 25;
    private static final int EPOCHS_PER_PAUSE = 25;
    private static final long PAUSE_MILLIS = 7;

    /** What the page shows: progress, the loss so far, the current outputs for the four inputs. */
    public record Snapshot(long seed, int epoch, double loss, double[] lossCurve, double[] predictions,
                           boolean finished, boolean stuck) {
    }

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private volatile Thread worker;
    private final boolean paced;

    /** @param paced slow the run down to about three seconds (the page); false runs flat out (tests) */
    public XorTrainer(boolean paced) {
        this.paced = paced;
    }

    /** Starts a fresh run from the seed's initial weights, stopping any run in progress. */
    public synchronized void start(long seed) {
        stop();
        Thread t = new Thread(() -> run(seed), "xor-training");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Asks the run to stop and waits briefly for it; the last snapshot stays available. */
    public synchronized void stop() {
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        Thread t = worker;
        return t != null && t.isAlive();
    }

    /** The newest snapshot, or null before the first run. */
    public Snapshot latest() {
        return latest.get();
    }

    /** Forgets the last run's results (the page's reset). */
    public void clear() {
        stop();
        latest.set(null);
    }

    private void run(long seed) {
        XorTraining training = new XorTraining(seed);
        double[] curve = new double[XorTraining.LECTURE_EPOCHS / CURVE_STEP + 1];
        int points = 0;
        curve[points++] = training.loss();
        latest.set(new Snapshot(seed, 0, curve[0], Arrays.copyOf(curve, points), training.predictions(), false, false));
        try {
            while (training.epochsDone() < XorTraining.LECTURE_EPOCHS) {
                double loss = training.epoch();
                int epoch = training.epochsDone();
                if (epoch % CURVE_STEP == 0) {
                    curve[points++] = loss;
                    boolean done = epoch == XorTraining.LECTURE_EPOCHS;
                    latest.set(new Snapshot(seed, epoch, loss, Arrays.copyOf(curve, points), training.predictions(),
                            done, done && training.isStuck()));
                }
                if (paced && epoch % EPOCHS_PER_PAUSE == 0) {
                    Thread.sleep(PAUSE_MILLIS);
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            LOG.debug("XOR run with seed {} finished, loss {}", seed, latest.get().loss());
        } catch (InterruptedException e) {
            // stopped by the page: keep the last snapshot as it is
        }
    }
}
