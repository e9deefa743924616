package org.neurallab.lab.digits.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurallab.data.ImageDataset;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.model.HeadTrainer;
import org.neurallab.lab.digits.model.PenultimateFeatures;

/**
 * Fixes misreads by fine-tuning only the last layer on the student's corrections mixed with ordinary
 * training images, so the model learns the new drawings without forgetting the old ones (each step sees
 * both). The test accuracy is measured before and after on the full test set.
 */
public final class FineTuner {
    static final int MIX_IMAGES = 3000;
    static final int BATCH_MIX = 96;
    static final int MAX_STEPS = 150;
    static final int MIN_STEPS = 20;
    static final double LEARNING_RATE = 1e-3;
    /** How often each correction appears in a batch: enough to matter next to the mixed-in images. */
    static final int REPEAT = 4;

    /** Which stage fine-tuning is in, for the progress display. */
    public enum Stage { MEASURING_BEFORE, TRAINING, DONE }

    @FunctionalInterface
    public interface Listener {
        void progress(Stage stage, double fraction);
    }

    private FineTuner() {
    }

    /**
     * @param model a copy of the current model (it is changed: its last layer gets the new weights)
     * @param train ordinary training images to mix in
     * @param test  the test set for the before/after accuracy
     */
    public static FineTuneResult run(DigitModel model, List<Correction> corrections, ImageDataset train,
                                     ImageDataset test, long seed, Listener listener, BooleanSupplier cancelled) {
        if (corrections.isEmpty()) {
            throw new IllegalArgumentException("corrections must not be empty: label a misread drawing first");
        }
        Sequential net = model.network();
        if (!PenultimateFeatures.usable(net)) {
            throw new IllegalArgumentException("model " + model.name() + " does not end in a Dense layer");
        }
        listener.progress(Stage.MEASURING_BEFORE, 0);
        INDArray testFeatures = PenultimateFeatures.of(net, test.pixels(), test.count());
        int[] testLabels = test.labels();
        Sequential head = HeadTrainer.headOf(net);
        double before = HeadTrainer.accuracy(head, testFeatures, testLabels);

        Random rng = new Random(seed);
        int[] mixIdx = train.shuffledIndices(seed);
        int mixCount = Math.min(MIX_IMAGES, train.count());
        float[] mixFlat = new float[mixCount * 784];
        int[] mixLabels = new int[mixCount];
        for (int i = 0; i < mixCount; i++) {
            train.copyImage(mixIdx[i], mixFlat, i * 784);
            mixLabels[i] = train.label(mixIdx[i]);
        }
        INDArray mixFeatures = PenultimateFeatures.of(net, mixFlat, mixCount);
        List<float[]> own = new ArrayList<>();
        int[] ownLabels = new int[corrections.size()];
        for (int i = 0; i < corrections.size(); i++) {
            own.add(corrections.get(i).pixels());
            ownLabels[i] = corrections.get(i).label();
        }
        INDArray ownFeatures = PenultimateFeatures.of(net, own);

        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, LEARNING_RATE).create();
        int ownRows = ownLabels.length * REPEAT;
        for (int step = 0; step < MAX_STEPS && !cancelled.getAsBoolean(); step++) {
            int[] rows = new int[BATCH_MIX];
            for (int i = 0; i < BATCH_MIX; i++) {
                rows[i] = rng.nextInt(mixCount);
            }
            INDArray x = Nd4j.vstack(mixFeatures.getRows(rows), repeatRows(ownFeatures, REPEAT));
            int[] y = new int[BATCH_MIX + ownRows];
            for (int i = 0; i < BATCH_MIX; i++) {
                y[i] = mixLabels[rows[i]];
            }
            for (int i = 0; i < ownRows; i++) {
                y[BATCH_MIX + i] = ownLabels[i % ownLabels.length];
            }
            head.trainBatch(x, HeadTrainer.oneHot(y, 10), adam, Regularization.NONE);
            listener.progress(Stage.TRAINING, (step + 1.0) / MAX_STEPS);
            if (step + 1 >= MIN_STEPS && HeadTrainer.accuracy(head, ownFeatures, ownLabels) == 1.0) {
                break;
            }
        }
        double after = HeadTrainer.accuracy(head, testFeatures, testLabels);
        int fixed = (int) Math.round(HeadTrainer.accuracy(head, ownFeatures, ownLabels) * ownLabels.length);
        HeadTrainer.install(head, net);
        model.weightsChanged();
        listener.progress(Stage.DONE, 1);
        return new FineTuneResult(model, before, after, fixed, corrections.size());
    }

    private static INDArray repeatRows(INDArray rows, int times) {
        INDArray out = Nd4j.create(rows.dataType(), rows.size(0) * times, rows.size(1));
        for (int t = 0; t < times; t++) {
            out.get(NDArrayIndex.interval(t * rows.size(0), (t + 1) * rows.size(0)), NDArrayIndex.all()).assign(rows);
        }
        return out;
    }
}
