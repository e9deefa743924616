package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.Regularization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Back-propagation through Conv2D, pooling, Flatten and a whole small CNN agrees with central differences. */
class ConvGradientTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConvGradientTest.class);

    static INDArray randomImages(int n, int c, int h, int w, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n * c * h * w];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        return Nd4j.create(v, new long[] {n, c, h, w}, DataType.DOUBLE);
    }

    private static void assertGradientsMatch(ModelSpec spec, INDArray x, long seed) {
        Sequential model = Sequential.build(spec, seed, DataType.DOUBLE);
        int classes = (int) model.outputShape(model.layers().size() - 1)[0];
        INDArray t = DenseGradientTest.oneHot((int) x.size(0), classes, seed + 1);
        for (GradientCheck.Result r : GradientCheck.check(model, x, t, Regularization.NONE, 1e-6)) {
            LOG.debug("{}", r);
            assertThat(r.maxRelativeError()).as(r.toString()).isLessThan(1e-5);
            assertThat(r.maxAbsoluteGradient()).as("gradient is not trivially zero: " + r).isGreaterThan(1e-6);
        }
        double inputError = GradientCheck.checkInput(model, x, t, 1e-6);
        LOG.debug("input gradient max relative error {}", inputError);
        assertThat(inputError).isLessThan(1e-5);
    }

    @ParameterizedTest
    @CsvSource({"1, VALID, 3", "2, VALID, 3", "1, SAME, 3", "2, SAME, 3", "1, SAME, 4", "2, VALID, 2"})
    void conv2dMatchesNumericalGradient(int stride, Padding padding, int kernel) {
        ModelSpec spec = new ModelSpec(new int[] {2, 7, 7}, List.of(
                new LayerSpec.Conv2D(3, kernel, stride, padding, Activation.TANH),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(3, Activation.LINEAR)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertGradientsMatch(spec, randomImages(2, 2, 7, 7, 11), 5);
    }

    @Test
    void maxPoolMatchesNumericalGradient() {
        ModelSpec spec = new ModelSpec(new int[] {2, 6, 6}, List.of(
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(3, Activation.LINEAR)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertGradientsMatch(spec, randomImages(2, 2, 6, 6, 12), 6);
    }

    @Test
    void overlappingAvgPoolMatchesNumericalGradient() {
        ModelSpec spec = new ModelSpec(new int[] {2, 7, 7}, List.of(
                new LayerSpec.AvgPool2D(3, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(3, Activation.LINEAR)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertGradientsMatch(spec, randomImages(2, 2, 7, 7, 13), 7);
    }

    @Test
    void smallCnnMatchesNumericalGradient() {
        ModelSpec spec = new ModelSpec(new int[] {1, 8, 8}, List.of(
                new LayerSpec.Conv2D(3, 3, 1, Padding.SAME, Activation.ELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Conv2D(2, 2, 1, Padding.VALID, Activation.TANH),
                new LayerSpec.AvgPool2D(2, 1),
                new LayerSpec.Flatten(),
                new LayerSpec.Dropout(0.5),
                new LayerSpec.Dense(4, Activation.SIGMOID),
                new LayerSpec.Dense(3, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertGradientsMatch(spec, randomImages(3, 1, 8, 8, 14), 8);
    }
}
