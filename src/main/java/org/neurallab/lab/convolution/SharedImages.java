package org.neurallab.lab.convolution;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The hand-off point between labs: the Digits lab sets its latest pad drawing here, the Convolution lab offers it
 * as an input image. Listeners are called on the thread that sets the drawing.
 */
public final class SharedImages {
    private static volatile LabImage latestDrawing;
    private static final List<Consumer<LabImage>> LISTENERS = new CopyOnWriteArrayList<>();

    private SharedImages() {
    }

    /** Called by the Digits lab with the pad as a grey image (0 background, 1 ink). */
    public static void setLatestDrawing(double[][] pixels) {
        LabImage image = LabImage.grey("drawing", Grids.copy(pixels));
        latestDrawing = image;
        LISTENERS.forEach(l -> l.accept(image));
    }

    public static Optional<LabImage> latestDrawing() {
        return Optional.ofNullable(latestDrawing);
    }

    public static void addListener(Consumer<LabImage> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<LabImage> listener) {
        LISTENERS.remove(listener);
    }
}
