package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/** The one training step: what it reports, that it learns, and that it leaves nothing behind. */
class TrainStepTest {
    private final Optimizer sgd = new OptimizerSpec(OptimizerType.SGD, 0.1).create();

    private static Sequential classifier() {
        return Sequential.build(new ModelSpec(new int[] {3}, List.of(
                new LayerSpec.Dense(6, Activation.TANH),
                new LayerSpec.Dense(4, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY), 3);
    }

    private static INDArray oneHot(int... classes) {
        INDArray t = Nd4j.zeros(DataType.FLOAT, classes.length, 4);
        for (int i = 0; i < classes.length; i++) {
            t.putScalar(i, classes[i], 1);
        }
        return t;
    }

    @Test
    void reportsTheLossBeforeTheUpdateAndTheRowsWhoseArgmaxIsRight() {
        Sequential model = classifier();
        INDArray x = Nd4j.rand(DataType.FLOAT, 20, 3).subi(0.5);
        INDArray before = model.predict(x);
        int[] labels = new int[20];
        int expected = 0;
        for (int i = 0; i < 20; i++) {
            labels[i] = i % 4;
            if (before.getRow(i).argMax().getInt(0) == labels[i]) {
                expected++;
            }
        }
        INDArray t = oneHot(labels);
        Regularization l2 = new Regularization(Regularization.Kind.L2, 1e-3);
        double lossBefore = model.loss(x, t, l2);

        StepResult step = model.trainStep(x, t, sgd, l2);

        assertThat(step.loss()).isCloseTo(lossBefore, within(1e-5));
        assertThat(step.correct()).isEqualTo(expected);
        assertThat(step.classified()).isTrue();
        assertThat(model.loss(x, t, l2)).isLessThan(lossBefore);
        assertThat(Nd4j.getMemoryManager().getCurrentWorkspace()).isNull();
    }

    @Test
    void aSingleOutputOrMismatchedTargetsIsNoClassification() {
        Sequential line = Sequential.build(new ModelSpec(new int[] {1},
                List.of(new LayerSpec.Dense(1, Activation.LINEAR)), LossType.MSE), 1);
        INDArray x = Nd4j.create(new float[][] {{1}, {2}});
        StepResult step = line.trainStep(x, Nd4j.create(new float[][] {{3}, {5}}), sgd, Regularization.NONE);
        assertThat(step.correct()).isEqualTo(-1);
        assertThat(step.classified()).isFalse();
        assertThat(step.loss()).isPositive();
    }

    @Test
    void aStepWhoseLossIsNotFiniteChangesNoWeight() {
        Sequential model = classifier();
        INDArray firstWeights = model.params().get(0).value().dup();
        INDArray x = Nd4j.create(new float[][] {{Float.NaN, 0, 0}, {0, 0, 0}});
        StepResult step = model.trainStep(x, oneHot(0, 1), sgd, Regularization.NONE);
        assertThat(step.loss()).isNaN();
        assertThat(model.params().get(0).value()).isEqualTo(firstWeights);
    }
}
