package org.neurallab.lab.digits.teach;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.Sequential;
import org.neurallab.lab.digits.model.HeadTrainer;
import org.neurallab.lab.digits.model.PenultimateFeatures;

/**
 * Teach-your-own training: features of every sample from the base network (computed once), then a new
 * softmax layer trained on them. Seconds at most, so it can run while the student watches.
 */
public final class TeachTrainer {
    public static final int STEPS = 300;
    static final double LEARNING_RATE = 0.01;
    static final long SEED = 7;

    private TeachTrainer() {
    }

    /**
     * @param base a network of its own (a copy: it is used on the calling thread), or null to learn from pixels
     * @throws IllegalArgumentException if the set still has problems (too few classes or samples)
     */
    public static TeachModel train(ClassSet set, Sequential base, HeadTrainer.Progress progress,
                                   BooleanSupplier cancelled) {
        if (!set.problems().isEmpty()) {
            throw new IllegalArgumentException("class set is not ready: " + set.problems());
        }
        Sequential featureNet = base != null && PenultimateFeatures.usable(base) ? base : null;
        List<float[]> images = new ArrayList<>();
        List<Integer> labelList = new ArrayList<>();
        for (int c = 0; c < set.size(); c++) {
            for (float[] s : set.classes().get(c).samples()) {
                images.add(s);
                labelList.add(c);
            }
        }
        int[] labels = labelList.stream().mapToInt(Integer::intValue).toArray();
        INDArray features = PenultimateFeatures.of(featureNet, images);
        Sequential head = HeadTrainer.newHead((int) features.size(1), set.size(), SEED);
        HeadTrainer.train(head, features, labels, STEPS, LEARNING_RATE, progress, cancelled);
        return new TeachModel(featureNet, head, set.names());
    }

    /** Fraction of the set's own samples the model classifies correctly. */
    public static double accuracyOnOwnSamples(TeachModel model, ClassSet set) {
        int right = 0;
        int total = 0;
        for (int c = 0; c < set.size(); c++) {
            for (float[] s : set.classes().get(c).samples()) {
                total++;
                if (model.predict(s).top() == c) {
                    right++;
                }
            }
        }
        return total == 0 ? 0 : (double) right / total;
    }
}
