package org.neurallab.lab.playground.data;

/**
 * Everything that decides a generated dataset: which one, how many classes (multiclass sets only),
 * noise in percent (0 to 50), the share of points used for training (10 to 90 percent) and the seed.
 */
public record DatasetSpec(PointDataset kind, int classes, int noisePercent, int trainPercent, long seed) {
    public static final int POINTS = 500;
    public static final int MIN_CLASSES = 3;
    public static final int MAX_CLASSES = 5;

    public DatasetSpec {
        if (kind == null) {
            throw new IllegalArgumentException("dataset must not be empty");
        }
        if (noisePercent < 0 || noisePercent > 50) {
            throw new IllegalArgumentException("noise must be between 0 and 50 percent, got " + noisePercent);
        }
        if (trainPercent < 10 || trainPercent > 90) {
            throw new IllegalArgumentException("training share must be between 10 and 90 percent, got " + trainPercent);
        }
        if (kind.multiclass() && (classes < MIN_CLASSES || classes > MAX_CLASSES)) {
            throw new IllegalArgumentException("classes must be between " + MIN_CLASSES + " and " + MAX_CLASSES
                    + " for " + kind.name().toLowerCase(java.util.Locale.ROOT) + ", got " + classes);
        }
    }

    /** Number of classes the network must output (1 for regression). */
    public int classCount() {
        if (kind.problem() == ProblemType.REGRESSION) {
            return 1;
        }
        return kind.multiclass() ? classes : 2;
    }
}
