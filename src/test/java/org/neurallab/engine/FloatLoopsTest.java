package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * The float32 fast paths (one Java loop over the arrays' memory) compute what the float64 ND4J form
 * computes, which the gradient checks verify: the same model trained in both precisions from the same
 * seed, inside the training workspace, ends with the same weights up to float rounding.
 */
class FloatLoopsTest {

    /** Every element-wise activation, dropout, both Adam paths (a 64x200 weight and small ones), the loss. */
    private static ModelSpec dense(Activation hidden) {
        return new ModelSpec(new int[] {64}, List.of(
                new LayerSpec.Dense(200, hidden),
                new LayerSpec.Dropout(0.3),
                new LayerSpec.Dense(16, Activation.RELU),
                new LayerSpec.ActivationLayer(hidden),
                new LayerSpec.Dense(5, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LINEAR", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ELU"})
    void denseTrainingInFloatMatchesDouble(Activation hidden) {
        assertSameTraining(dense(hidden), new long[] {12, 64}, OptimizerType.ADAM, 2e-3);
    }

    @Test
    void convolutionAndPoolingInFloatMatchDouble() {
        ModelSpec spec = new ModelSpec(new int[] {2, 9, 9}, List.of(
                new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Conv2D(3, 3, 1, Padding.VALID, Activation.TANH),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(3, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertSameTraining(spec, new long[] {6, 2, 9, 9}, OptimizerType.ADAM, 2e-3);
    }

    @Test
    void otherOptimizersMatchToo() {
        for (OptimizerType type : new OptimizerType[] {OptimizerType.SGD, OptimizerType.MOMENTUM, OptimizerType.RMSPROP}) {
            assertSameTraining(dense(Activation.RELU), new long[] {12, 64}, type, 1e-3);
        }
    }

    private static void assertSameTraining(ModelSpec spec, long[] inputShape, OptimizerType optimizer, double lr) {
        Sequential single = Sequential.build(spec, 7, DataType.FLOAT);
        Sequential reference = Sequential.build(spec, 7, DataType.DOUBLE);
        Optimizer a = new OptimizerSpec(optimizer, lr).create();
        Optimizer b = new OptimizerSpec(optimizer, lr).create();
        int classes = spec.layers().get(spec.layers().size() - 1) instanceof LayerSpec.Dense d ? d.units() : 0;
        for (int step = 0; step < 5; step++) {
            INDArray x = DenseGradientTest.randomInput((int) inputShape[0], (int) (product(inputShape) / inputShape[0]),
                    100 + step).reshape(inputShape);
            INDArray y = DenseGradientTest.oneHot((int) inputShape[0], classes, 200 + step);
            double lossFloat = single.trainBatch(x.castTo(DataType.FLOAT), y.castTo(DataType.FLOAT), a, Regularization.NONE);
            double lossDouble = reference.trainBatch(x, y, b, Regularization.NONE);
            assertThat(lossFloat).isCloseTo(lossDouble, within(1e-4 * Math.max(1, Math.abs(lossDouble))));
        }
        for (int i = 0; i < single.params().size(); i++) {
            double[] f = single.params().get(i).value().dup().data().asDouble();
            double[] d = reference.params().get(i).value().dup().data().asDouble();
            for (int j = 0; j < f.length; j++) {
                assertThat(f[j]).as("param %d element %d", i, j).isCloseTo(d[j], within(2e-4));
            }
        }
    }

    private static long product(long[] shape) {
        long p = 1;
        for (long s : shape) {
            p *= s;
        }
        return p;
    }
}
