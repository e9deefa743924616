package org.neurallab.lab.playground;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.neurallab.lab.playground.state.PaletteKind;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.neurallab.train.RunHandle;
import org.neurallab.train.StepRun;
import org.neurallab.train.TrainingListener;
import org.neurallab.train.TrainingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link PlaygroundSession} as one long, paced run of the app's training service, on a worker of
 * its own. Every change to the network or data is a task on that worker, so nothing is ever shared
 * half-changed. While playing, the run trains one step per animation frame ({@link #frameTick()}): an epoch
 * (as TensorFlow Playground does), or several, then computes and colours every heatmap into a
 * {@link FrameSnapshot}. Pausing pauses the run; {@link #step()} is the run's single step. The FX side takes
 * the newest snapshot once per frame with {@link #poll()} and gives it back with {@link #recycle}, so at
 * most three snapshots exist.
 */
public final class TrainingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final AtomicReference<FrameSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<FrameSnapshot> spare = new AtomicReference<>();
    private final AtomicBoolean publishQueued = new AtomicBoolean();
    private final Timeline timeline = new Timeline();
    private final TrainingWorker worker;
    private final RunHandle run;
    private volatile boolean playing;
    private volatile boolean diverged;
    private volatile int epochsPerFrame = 1;

    // owned by the worker thread
    private PlaygroundSession session;
    private GridMaps maps;
    private ColorRamp colors;
    private boolean discretize;
    private long version;
    private FrameSnapshot back;

    /** @param worker the service's worker for this playground; the run starts paused */
    public TrainingLoop(PlaygroundSession initial, TrainingWorker worker) {
        PlaygroundConfig c = initial.config();
        colors = new ColorRamp(c.getPalette());
        discretize = c.isDiscretize();
        install(initial);
        this.worker = worker;
        run = worker.start(StepRun.of("Playground", 0, true, n -> trainEpochs(), TrainingListener.NONE));
        run.pause();
        publishSoon();
    }

    /** Replaces the whole playground (new structure, data or loaded file); the epoch count is the session's. */
    public void replace(PlaygroundSession next) {
        onWorker(() -> install(next));
    }

    private void install(PlaygroundSession next) {
        session = next;
        maps = new GridMaps(next.net(), next.features());
        version++;
        diverged = false;
        timeline.clear();
    }

    /** Runs a change on the worker thread, e.g. {@code s -> s.setWeight(0, 1, 2, 0.5)}. */
    public void edit(java.util.function.Consumer<PlaygroundSession> change) {
        onWorker(() -> change.accept(session));
    }

    /** Asks the worker for something and returns it when computed (e.g. the configuration to save). */
    public <T> CompletableFuture<T> ask(Function<PlaygroundSession, T> question) {
        return worker.runOnWorker(() -> question.apply(session));
    }

    /**
     * A change on the worker, then a new snapshot (one for all the changes queued meanwhile). The snapshot is asked
     * for after the change ran: a snapshot queued before it (e.g. the first one of a new view) would otherwise stand
     * for it and show the playground as it was before the change.
     */
    private void onWorker(Runnable change) {
        worker.execute(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                LOG.error("Playground change failed", e);
                pause();
            }
            publishSoon();
        });
    }

    private void publishSoon() {
        if (publishQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                publishQueued.set(false);
                publish();
            });
        }
    }

    public void setDisplay(PaletteKind palette, boolean discrete) {
        onWorker(() -> {
            colors = new ColorRamp(palette);
            discretize = discrete;
        });
    }

    public void play() {
        diverged = false;
        playing = true;
        run.resume();
        run.tick();
    }

    public void pause() {
        playing = false;
        run.pause();
        publishSoon();
    }

    public boolean playing() {
        return playing;
    }

    /** True after a loss became NaN or infinite; training then pauses by itself. */
    public boolean diverged() {
        return diverged;
    }

    /** While paused: trains one step (the epochs of one frame), the run's own single step. */
    public void step() {
        run.step();
    }

    /** Called by the animation timer once per frame: lets the run train the next epoch(s). */
    public void frameTick() {
        if (playing) {
            run.tick();
        }
    }

    public void setEpochsPerFrame(int n) {
        epochsPerFrame = Math.max(1, Math.min(100, n));
    }

    /** The newest snapshot not yet taken, or null. */
    public FrameSnapshot poll() {
        return latest.getAndSet(null);
    }

    /** Gives a drawn snapshot back for reuse. */
    public void recycle(FrameSnapshot used) {
        spare.set(used);
    }

    public Timeline timeline() {
        return timeline;
    }

    /** Waits until every task queued so far has run (for tests and saves). */
    public void sync() {
        ask(s -> s).join();
    }

    /** One step of the run: the frame's epochs, then a snapshot. A failure pauses instead of ending the run. */
    private double trainEpochs() {
        try {
            for (int i = 0; i < epochsPerFrame; i++) {
                session.trainEpoch();
                if (!session.metrics().finite()) {
                    diverged = true;
                    pause();
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Playground training step failed", e);
            pause();
        }
        publish();
        return session.metrics().trainLoss();
    }

    private void publish() {
        FrameSnapshot snap = back;
        back = null;
        if (snap == null) {
            snap = spare.getAndSet(null);
        }
        if (snap == null || !snap.fits(session.net().layerSizes(), maps.neuronResolution(), maps.resolution())) {
            snap = maps.newSnapshot();
        }
        maps.fill(snap, colors, discretize);
        snap.epoch = session.epoch();
        snap.metrics = session.metrics();
        snap.playing = playing;
        snap.version = version;
        timeline.record(snap.epoch, snap.outputPixels);
        // the one the FX thread did not take in time is reused next
        back = latest.getAndSet(snap);
    }

    /** Ends the run; the worker stays with the service. */
    @Override
    public void close() {
        playing = false;
        run.stop();
    }
}
