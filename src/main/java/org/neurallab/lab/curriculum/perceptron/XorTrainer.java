package org.neurallab.lab.curriculum.perceptron;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.neurallab.train.RunHandle;
import org.neurallab.train.RunSteps;
import org.neurallab.train.StepRun;
import org.neurallab.train.TrainingListener;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link XorTraining} as a run of the app's training service, {@value #CURVE_STEP} epochs a step, and
 * keeps the newest {@link Snapshot} for the page to pick up once per frame. The whole run takes a few tens
 * of milliseconds, so it is paced to last about three seconds: long enough for a class to watch the loss
 * fall, short enough not to wait for.
 */
public final class XorTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(XorTrainer.class);
    /** Epochs between two points of the loss curve (and two published snapshots): one step of the run. */
    public static final int CURVE_STEP = 25;
    private static final long PAUSE_MILLIS = 7;

    /** What the page shows: progress, the loss so far, the current outputs for the four inputs. */
    public record Snapshot(long seed, int epoch, double loss, double[] lossCurve, double[] predictions,
                           boolean finished, boolean stuck) {
    }

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final TrainingWorker worker;
    private volatile RunHandle run;
    private final boolean paced;

    /**
     * @param paced  slow the run down to about three seconds (the page); false runs flat out (tests)
     * @param worker the training service's worker the runs train on
     */
    public XorTrainer(boolean paced, TrainingWorker worker) {
        this.paced = paced;
        this.worker = worker;
    }

    /** Starts a fresh run from the seed's initial weights, stopping any run in progress. */
    public synchronized void start(long seed) {
        stop();
        run = worker.start(new StepRun("XOR training", XorTraining.LECTURE_EPOCHS / CURVE_STEP, false,
                steps -> train(seed, steps), TrainingListener.NONE));
    }

    /** Asks the run to stop and waits briefly for it; the last snapshot stays available. */
    public synchronized void stop() {
        RunHandle r = run;
        run = null;
        if (r != null) {
            r.stop();
            try {
                r.awaitCompletion(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        RunHandle r = run;
        return r != null && !r.state().isTerminal();
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

    private void train(long seed, RunSteps steps) throws InterruptedException {
        XorTraining training = new XorTraining(seed);
        double[] curve = new double[XorTraining.LECTURE_EPOCHS / CURVE_STEP + 1];
        int points = 0;
        curve[points++] = training.loss();
        latest.set(new Snapshot(seed, 0, curve[0], Arrays.copyOf(curve, points), training.predictions(), false, false));
        while (training.epochsDone() < XorTraining.LECTURE_EPOCHS && steps.next()) {
            double loss = Double.NaN;
            for (int i = 0; i < CURVE_STEP; i++) {
                loss = training.epoch();
            }
            int epoch = training.epochsDone();
            curve[points++] = loss;
            boolean done = epoch == XorTraining.LECTURE_EPOCHS;
            latest.set(new Snapshot(seed, epoch, loss, Arrays.copyOf(curve, points), training.predictions(),
                    done, done && training.isStuck()));
            steps.stepDone(loss);
            if (paced && !done) {
                Thread.sleep(PAUSE_MILLIS);
            }
        }
        LOG.debug("XOR run with seed {} ended at epoch {}, loss {}", seed, training.epochsDone(), latest.get().loss());
    }
}
