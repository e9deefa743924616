package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neurallab.data.Batch;
import org.neurallab.data.Batches;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Sequential;
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
        double firstLoss = Double.NaN;
        for (int epoch = 0; epoch < 4; epoch++) {
            for (Batch b : Batches.shuffled(train, 32, ImageLayout.NCHW, epoch)) {
                double loss = model.trainBatch(b.inputs(), b.targets(), adam, Regularization.NONE);
                if (Double.isNaN(firstLoss)) {
                    firstLoss = loss;
                }
            }
        }
        Evaluation result = Evaluator.evaluate(model, new ImageTrainingData(test, ImageLayout.NCHW), 500);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(result.loss()).isLessThan(firstLoss / 3);
    }
}
