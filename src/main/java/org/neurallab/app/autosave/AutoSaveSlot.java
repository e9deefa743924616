package org.neurallab.app.autosave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lab's unsaved work in the autosave folder. The lab says how its state is taken ({@link #track}, on the FX
 * thread, cheap) and when it changed ({@link #markDirty}, {@link #changedWhen}); the state is written in the
 * background when the lab asks ({@link #saveNow}, e.g. at the end of a run), on {@link AutoSave}'s timer while
 * it is dirty, and when the window closes. A deliberate save or a discard {@link #clear}s it. Every write and
 * clear is numbered, so a slow older write never replaces a newer file.
 *
 * <p>All methods except the file work are called on the FX thread.
 */
public final class AutoSaveSlot<T> {
    private static final Logger LOG = LoggerFactory.getLogger(AutoSaveSlot.class);

    private final SlotKind<T> kind;
    private final Path file;
    private Executor background;
    private Supplier<T> capture = () -> null;
    private BooleanSupplier changed = () -> false;
    private Consumer<T> restorer;
    private T acceptedEarly;
    private boolean dirty;
    private long sequence;
    /** The newest write or clear applied to the file; guarded by this. */
    private long applied;

    AutoSaveSlot(SlotKind<T> kind, Path file, Executor background) {
        this.kind = kind;
        this.file = file;
        this.background = background;
    }

    public SlotKind<T> kind() {
        return kind;
    }

    /** Where this session's autosave is written. */
    public Path file() {
        return file;
    }

    /** How the lab's state is taken (FX thread; null when there is nothing to keep); written on the autosave worker. */
    public void track(Supplier<T> capture) {
        this.capture = capture;
    }

    /** The same, written on the given executor (the Training lab's worker, so a model is never read while it trains). */
    public void track(Supplier<T> capture, Executor writeOn) {
        this.capture = capture;
        this.background = writeOn;
    }

    /** Asked at each timer tick and at close: true when the state changed in a way no event reported. */
    public void changedWhen(BooleanSupplier changed) {
        this.changed = changed;
    }

    /** The state changed: it is written at the next tick or at close. */
    public void markDirty() {
        dirty = true;
    }

    public boolean isDirty() {
        return dirty;
    }

    /** Writes the state now, in the background (a run ended). */
    public void saveNow() {
        dirty = true;
        flush(false);
    }

    /** The state was saved deliberately or discarded: the autosave goes, and nothing is written until a change. */
    public void clear() {
        dirty = false;
        long number = ++sequence;
        run(() -> delete(number), false);
    }

    /**
     * What restoring does in the lab (FX thread). A restore the user accepted before the lab was opened is
     * handed over at once.
     */
    public void onRestore(Consumer<T> restorer) {
        this.restorer = restorer;
        if (acceptedEarly != null) {
            T value = acceptedEarly;
            acceptedEarly = null;
            restorer.accept(value);
        }
    }

    void deliver(T value) {
        if (restorer != null) {
            restorer.accept(value);
        } else {
            acceptedEarly = value;
        }
    }

    /** True once this session wrote or cleared the file. */
    boolean touched() {
        return sequence > 0;
    }

    /** Writes the state if it changed: in the background, or here and now when the app is closing. */
    void flush(boolean blocking) {
        boolean changedQuietly;
        try {
            changedQuietly = changed.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Autosave {}: could not tell whether the state changed", kind.id(), e);
            changedQuietly = false;
        }
        if (!dirty && !changedQuietly) {
            return;
        }
        dirty = false;
        T value;
        try {
            value = capture.get();
        } catch (RuntimeException e) {
            LOG.warn("Autosave {}: the state could not be taken", kind.id(), e);
            return;
        }
        if (value == null) {
            return;
        }
        long number = ++sequence;
        run(() -> write(number, value), blocking);
    }

    private void run(Runnable task, boolean blocking) {
        if (!blocking) {
            try {
                background.execute(task);
                return;
            } catch (RuntimeException e) {
                LOG.debug("Autosave {}: background closed, writing here", kind.id());
            }
        }
        task.run();
    }

    private synchronized void write(long number, T value) {
        if (number < applied) {
            return;
        }
        try {
            kind.writer().write(file, value);
            applied = number;
            LOG.info("Autosaved {} to {}", kind.id(), file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Autosave {} to {} failed: {}", kind.id(), file, e.toString());
        }
    }

    private synchronized void delete(long number) {
        if (number < applied) {
            return;
        }
        try {
            Files.deleteIfExists(file);
            applied = number;
        } catch (IOException e) {
            LOG.warn("Could not remove the autosave {}: {}", file, e.toString());
        }
    }
}
