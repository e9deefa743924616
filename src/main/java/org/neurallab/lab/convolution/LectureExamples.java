package org.neurallab.lab.convolution;

/** The worked examples of lectures 000 and 002, typed in from the slides. */
public final class LectureExamples {
    /** Lecture 000, max-pooling slide (2x2 pool, stride 2 gives [[100,184],[12,45]], average [[36,80],[12,15]]). */
    public static final double[][] POOLING_4X4 = {
            {29, 15, 28, 184},
            {0, 100, 70, 38},
            {12, 12, 7, 2},
            {12, 12, 45, 6}};

    /**
     * Lecture 002's picture (white 0, grey 0.5, black 1) without its zero border; the slide's grid is this with one
     * ring of zeros, i.e. padding 1, which is why a 3x3 filter gives a 5x5 map.
     */
    public static final double[][] COSINE_IMAGE = {
            {1, 1, 1, 0, 0.5},
            {0.5, 0.5, 0, 0.5, 0},
            {0, 0, 1, 1, 1},
            {1, 0.5, 0.5, 0.5, 0.5},
            {0, 1, 0, 1, 0}};
    public static final int COSINE_PADDING = 1;

    /** Lecture 002's filter A: a dark bar with a lighter bar under it. */
    public static final double[][] FILTER_A = {
            {1, 1, 1},
            {0.5, 0.5, 0.5},
            {0, 0, 0}};

    /** The map cell the lecture works out by hand (0.852), 0-based. */
    public static final int WORKED_ROW = 1;
    public static final int WORKED_COL = 1;

    private LectureExamples() {
    }

    public static double[][] poolingExample() {
        return Grids.copy(POOLING_4X4);
    }

    public static double[][] cosineMap() {
        return NormalisedConvolution.apply(COSINE_IMAGE, FILTER_A, 1, COSINE_PADDING);
    }
}
