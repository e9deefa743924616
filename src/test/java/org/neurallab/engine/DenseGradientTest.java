package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Regularization;

/** Back-propagation through Dense, every activation and every loss agrees with central differences. */
class DenseGradientTest {

    static INDArray randomInput(int rows, int cols, long seed) {
        Random r = new Random(seed);
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return Nd4j.create(v).castTo(DataType.DOUBLE);
    }

    static INDArray oneHot(int rows, int classes, long seed) {
        Random r = new Random(seed);
        INDArray t = Nd4j.zeros(DataType.DOUBLE, rows, classes);
        for (int i = 0; i < rows; i++) {
            t.putScalar(i, r.nextInt(classes), 1.0);
        }
        return t;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LINEAR", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ELU", "SOFTMAX"})
    void denseWithEachActivationMatchesNumericalGradient(Activation activation) {
        ModelSpec spec = new ModelSpec(new int[] {4}, List.of(
                new LayerSpec.Dense(5, activation),
                new LayerSpec.ActivationLayer(activation),
                new LayerSpec.Dense(3, Activation.LINEAR)), LossType.SOFTMAX_CROSS_ENTROPY);
        Sequential model = Sequential.build(spec, 7, DataType.DOUBLE);
        INDArray x = randomInput(6, 4, 1);
        INDArray t = oneHot(6, 3, 2);
        for (GradientCheck.Result r : GradientCheck.check(model, x, t, Regularization.NONE, 1e-6)) {
            assertThat(r.maxRelativeError()).as(r.toString()).isLessThan(1e-5);
            assertThat(r.maxAbsoluteGradient()).as("gradient is not trivially zero: " + r).isGreaterThan(1e-6);
        }
        assertThat(GradientCheck.checkInput(model, x, t, 1e-6)).isLessThan(1e-5);
    }

    @ParameterizedTest
    @EnumSource(LossType.class)
    void eachLossAndRegularizationMatchesNumericalGradient(LossType lossType) {
        ModelSpec spec = new ModelSpec(new int[] {3}, List.of(
                new LayerSpec.Dense(4, Activation.TANH),
                new LayerSpec.Dense(2, Activation.LINEAR)), lossType);
        Sequential model = Sequential.build(spec, 3, DataType.DOUBLE);
        INDArray x = randomInput(5, 3, 4);
        INDArray t = lossType == LossType.MSE ? randomInput(5, 2, 5) : oneHot(5, 2, 6);
        for (Regularization reg : List.of(Regularization.NONE,
                new Regularization(Regularization.Kind.L2, 0.01), new Regularization(Regularization.Kind.L1, 0.01))) {
            for (GradientCheck.Result r : GradientCheck.check(model, x, t, reg, 1e-6)) {
                assertThat(r.maxRelativeError()).as(reg + " " + r).isLessThan(1e-5);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void stepHasNoGradientAndSaysSo() {
        INDArray z = Nd4j.createFromArray(-1.0, 2.0).reshape(1, 2);
        INDArray y = Activation.STEP.forward(z);
        assertThat(y.toDoubleVector()).containsExactly(0.0, 1.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Activation.STEP.backward(z, y, z))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("step");
    }
}
