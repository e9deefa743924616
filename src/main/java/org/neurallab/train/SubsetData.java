package org.neurallab.train;

/** Some examples of another data set, by position: the training and validation parts of a split. */
final class SubsetData implements TrainingData {
    private final TrainingData source;
    private final int[] positions;

    SubsetData(TrainingData source, int[] positions) {
        this.source = source;
        this.positions = positions;
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
