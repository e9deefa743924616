package org.neurallab.lab.playground;

import java.util.ArrayList;
import java.util.List;

/**
 * Pictures of the output taken every few epochs, for replaying how the decision boundary moved.
 * Memory is bounded: when {@link #CAPACITY} pictures are kept, every second one is dropped and the
 * interval doubles, so a long run keeps evenly spread pictures of the whole history.
 * Thread-safe: the worker records, the FX thread reads.
 */
public final class Timeline {
    public static final int CAPACITY = 120;

    /** One kept picture: the epoch and its pixels (output resolution squared, ARGB). */
    public record Frame(int epoch, int[] pixels) {
    }

    private final List<Frame> frames = new ArrayList<>();
    private int interval = 1;

    /** Keeps a copy of the pixels if the epoch is on the current interval. */
    public synchronized void record(int epoch, int[] pixels) {
        if (epoch % interval != 0 || (!frames.isEmpty() && frames.get(frames.size() - 1).epoch() >= epoch)) {
            return;
        }
        frames.add(new Frame(epoch, pixels.clone()));
        if (frames.size() >= CAPACITY) {
            List<Frame> kept = new ArrayList<>();
            for (int i = 0; i < frames.size(); i += 2) {
                kept.add(frames.get(i));
            }
            frames.clear();
            frames.addAll(kept);
            interval *= 2;
        }
    }

    public synchronized void clear() {
        frames.clear();
        interval = 1;
    }

    public synchronized int size() {
        return frames.size();
    }

    public synchronized Frame get(int index) {
        return frames.get(index);
    }

    public synchronized int interval() {
        return interval;
    }
}
