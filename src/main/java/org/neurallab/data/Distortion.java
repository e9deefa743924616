package org.neurallab.data;

import java.util.Random;

/**
 * One way a test image is changed before the model reads it, at one strength, for the robustness benchmark.
 * {@code route} says what the model is given: "raw" (the changed 28x28 image as it is), "predict" (a picture
 * read through {@code predict}'s preprocessing) or "pad" (strokes read through the drawing pad's pipeline).
 * {@code maxImages} caps the test images for changes that are slow to make (large photos).
 */
public record Distortion(String name, String strength, Level level, String route, Change change, int maxImages) {

    /** A distortion measured on every test image the benchmark is given. */
    public Distortion(String name, String strength, Level level, String route, Change change) {
        this(name, strength, level, route, change, Integer.MAX_VALUE);
    }

    /** How hard the change is; the targets ask for moderate ones to stay above 0.90. */
    public enum Level { NONE, MILD, MODERATE, STRONG }

    /** Turns a 28x28 test image into the 28x28 input the model reads; {@code rng} is seeded per image. */
    @FunctionalInterface
    public interface Change {
        float[] apply(float[] image, Random rng);
    }

    public float[] apply(float[] image, Random rng) {
        return change.apply(image, rng);
    }
}
