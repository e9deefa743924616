package org.neurallab.lab.playground.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Points shuffled with a seed and cut into a training part and a test part. */
public record TrainTestSplit(List<DataPoint> train, List<DataPoint> test) {

    public TrainTestSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    /**
     * Shuffles and splits. Four points or fewer (a logic gate) are too few to split: they are all used
     * for training and for testing.
     */
    public static TrainTestSplit of(List<DataPoint> points, int trainPercent, long seed) {
        if (points.size() <= 4) {
            return new TrainTestSplit(points, points);
        }
        List<DataPoint> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        int cut = (int) Math.round(shuffled.size() * trainPercent / 100.0);
        return new TrainTestSplit(shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()));
    }

    /** Generates the spec's dataset and splits it. */
    public static TrainTestSplit generate(DatasetSpec spec) {
        return of(DatasetGenerator.generate(spec), spec.trainPercent(), spec.seed());
    }
}
