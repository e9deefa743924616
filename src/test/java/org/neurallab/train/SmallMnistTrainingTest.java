package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.StepResult;
import org.neurallab.engine.model.Presets;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * Real learning on real data, small enough for every build: the lecture MLP on 2,000 MNIST images.
 * A broken backward pass or optimizer leaves it near chance (0.1), far below the bar.
 */
class SmallMnistTrainingTest {

    @Test
    void lectureMlpLearnsMnistFromTwoThousandImages() {
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN).subset(0, 2000);
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST).subset(0, 2000);
        Sequential model = Sequential.build(Presets.mlp128(), 11);
        var adam = new OptimizerSpec(OptimizerType.ADAM, 1e-3).create();
        ImageTrainingData data = new ImageTrainingData(train, ImageLayout.NCHW);
        double firstLoss = Double.NaN;
        int lastEpochCorrect = 0;
        for (int epoch = 0; epoch < 4; epoch++) {
            int[] order = train.shuffledIndices(epoch);
            lastEpochCorrect = 0;
            for (int from = 0; from < order.length; from += 32) {
                BatchPair b = data.batch(Arrays.copyOfRange(order, from, Math.min(order.length, from + 32)));
                StepResult step = model.trainStep(b.x(), b.y(), adam, Regularization.NONE);
                if (Double.isNaN(firstLoss)) {
                    firstLoss = step.loss();
                }
                lastEpochCorrect += step.correct();
            }
        }
        Evaluation result = Evaluator.evaluate(model, new ImageTrainingData(test, ImageLayout.NCHW), 500);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.85);
        // The steps' own count of right answers (dropout on, weights moving) is in the same range.
        assertThat(lastEpochCorrect / (double) train.count()).isBetween(0.8, 1.0);
        assertThat(result.loss()).isLessThan(firstLoss / 3);
    }
}
