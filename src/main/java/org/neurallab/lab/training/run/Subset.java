package org.neurallab.lab.training.run;

import org.neurallab.train.BatchPair;
import org.neurallab.train.TrainingData;

/**
 * Some images of a data set, by position: the lab's chosen number of training images, split into
 * a training and a validation part, without copying 60,000 images.
 */
final class Subset implements TrainingData {
    private final TrainingData source;
    private final int[] positions;

    Subset(TrainingData source, int[] positions) {
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
