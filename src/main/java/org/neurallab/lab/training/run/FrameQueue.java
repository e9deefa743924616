package org.neurallab.lab.training.run;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Hands updates from the training worker to the FX thread without flooding it: the worker offers
 * as many as it likes, the view's animation timer takes them all once per frame.
 */
public final class FrameQueue<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();

    /** Any thread. */
    public void offer(T item) {
        queue.add(item);
    }

    /** FX thread, once per frame; returns how many were taken. */
    public int drain(Consumer<T> consumer) {
        int n = 0;
        T item;
        while ((item = queue.poll()) != null) {
            consumer.accept(item);
            n++;
        }
        return n;
    }

    public void clear() {
        queue.clear();
    }
}
