package org.neurallab.train;

/**
 * Some examples of another data set, by position, without copying them: the training and validation parts
 * of a split, or the number of training images a lab chose.
 */
public final class SubsetData implements TrainingData {
    private final TrainingData source;
    private final int[] positions;

    public SubsetData(TrainingData source, int[] positions) {
        this.source = source;
        this.positions = positions.clone();
    }

    @Override
    public int size() {
        return positions.length;
    }

    @Override
    public int classes() {
        return source.classes();
    }

    @Override
    public BatchPair batch(int[] indices) {
        int[] mapped = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            mapped[i] = positions[indices[i]];
        }
        return source.batch(mapped);
    }
}
