package org.neurallab.lab.playground;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.neurallab.lab.playground.state.PaletteKind;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link PlaygroundSession} on its own thread. Every change to the network or data is a task
 * run on that thread, so nothing is ever shared half-changed. While playing, the worker trains one
 * epoch per animation frame (as TensorFlow Playground does), then computes and colours every heatmap
 * into a {@link FrameSnapshot}. The FX side takes the newest snapshot once per frame with
 * {@link #poll()} and gives it back with {@link #recycle}, so at most three snapshots exist.
 */
public final class TrainingLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);
    private static final Runnable TICK = () -> { };

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final AtomicReference<FrameSnapshot> latest = new AtomicReference<>();
    private final AtomicReference<FrameSnapshot> spare = new AtomicReference<>();
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private final Timeline timeline = new Timeline();
    private final Thread worker;
    private volatile boolean playing;
    private volatile boolean closed;
    private volatile boolean diverged;
    private volatile int epochsPerFrame = 1;

    // owned by the worker thread
    private PlaygroundSession session;
    private GridMaps maps;
    private ColorRamp colors;
    private boolean discretize;
    private long version;
    private FrameSnapshot back;

    public TrainingLoop(PlaygroundSession initial) {
        PlaygroundConfig c = initial.config();
        colors = new ColorRamp(c.getPalette());
        discretize = c.isDiscretize();
        install(initial);
        worker = new Thread(this::run, "playground-trainer");
        worker.setDaemon(true);
        worker.start();
        tasks.add(() -> { });
    }

    /** Replaces the whole playground (new structure, data or loaded file); the epoch count is the session's. */
    public void replace(PlaygroundSession next) {
        tasks.add(() -> install(next));
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
        tasks.add(() -> change.accept(session));
    }

    /** Asks the worker for something and returns it when computed (e.g. the configuration to save). */
    public <T> CompletableFuture<T> ask(Function<PlaygroundSession, T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                answer.complete(question.apply(session));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    public void setDisplay(PaletteKind palette, boolean discrete) {
        tasks.add(() -> {
            colors = new ColorRamp(palette);
            discretize = discrete;
        });
    }

    public void play() {
        diverged = false;
        playing = true;
        frameTick();
    }

    public void pause() {
        playing = false;
        tasks.add(() -> { });
    }

    public boolean playing() {
        return playing;
    }

    /** True after a loss became NaN or infinite; training then pauses by itself. */
    public boolean diverged() {
        return diverged;
    }

    /** Trains exactly one epoch, also while paused. */
    public void step() {
        tasks.add(this::trainEpochs);
    }

    /** Called by the animation timer once per frame: lets the worker train the next epoch(s). */
    public void frameTick() {
        if (playing && !tickQueued.getAndSet(true)) {
            tasks.add(TICK);
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

    private void run() {
        while (!closed) {
            try {
                Runnable task = tasks.poll(200, TimeUnit.MILLISECONDS);
                if (task == null) {
                    continue;
                }
                do {
                    if (task == TICK) {
                        tickQueued.set(false);
                        if (playing) {
                            trainEpochs();
                        }
                    } else {
                        task.run();
                    }
                    task = tasks.poll();
                } while (task != null);
                publish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Playground training step failed", e);
                playing = false;
            }
        }
    }

    private void trainEpochs() {
        for (int i = 0; i < epochsPerFrame; i++) {
            session.trainEpoch();
            if (!session.metrics().finite()) {
                diverged = true;
                playing = false;
                return;
            }
        }
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

    @Override
    public void close() {
        closed = true;
        playing = false;
        worker.interrupt();
    }
}
