package org.neurallab.lab.convolution;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The hand-off point between labs: the Digits lab sets its latest pad drawing here, the Convolution lab offers it
 * as an input image. Listeners are called on the thread that sets the drawing. They are held weakly, so a view
 * that listens and is then thrown away is not kept alive by this class: a listener keeps its own listener object
 * (e.g. in a field) for as long as it wants to hear.
 */
public final class SharedImages {
    private static volatile LabImage latestDrawing;
    private static final List<WeakReference<Consumer<LabImage>>> LISTENERS = new CopyOnWriteArrayList<>();

    private SharedImages() {
    }

    /** Called by the Digits lab with the pad as a grey image (0 background, 1 ink). */
    public static void setLatestDrawing(double[][] pixels) {
        LabImage image = LabImage.grey("drawing", Grids.copy(pixels));
        latestDrawing = image;
        for (WeakReference<Consumer<LabImage>> ref : LISTENERS) {
            Consumer<LabImage> listener = ref.get();
            if (listener != null) {
                listener.accept(image);
            }
        }
        prune();
    }

    public static Optional<LabImage> latestDrawing() {
        return Optional.ofNullable(latestDrawing);
    }

    /** Adds a listener, held weakly: the caller keeps a strong reference for as long as it listens. */
    public static void addListener(Consumer<LabImage> listener) {
        prune();
        LISTENERS.add(new WeakReference<>(listener));
    }

    public static void removeListener(Consumer<LabImage> listener) {
        LISTENERS.removeIf(ref -> ref.get() == null || ref.get() == listener);
    }

    /** Test hook: listeners still alive. */
    public static int listenerCount() {
        prune();
        return LISTENERS.size();
    }

    private static void prune() {
        LISTENERS.removeIf(ref -> ref.get() == null);
    }
}
