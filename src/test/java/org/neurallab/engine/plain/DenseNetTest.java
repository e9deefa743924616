package org.neurallab.engine.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/** The plain backend's own behaviour: exact gradients, determinism, real learning, clear errors. */
class DenseNetTest {

    /**
     * Largest relative error between back-propagated and central-difference gradients. Biases are
     * moved off zero first: with zero biases a layer fed only zeros sits exactly on ReLU's kink.
     */
    static double gradientError(DenseNet net, double[][] x, double[][] t) {
        java.util.Random random = new java.util.Random(99);
        int[] layerSizes = net.layerSizes();
        for (int l = 0; l < net.layerCount(); l++) {
            for (int j = 0; j < layerSizes[l + 1]; j++) {
                net.setBias(l, j, 0.2 * random.nextGaussian());
            }
        }
        net.computeGradients(x, t);
        double worst = 0;
        double h = 1e-6;
        int[] sizes = net.layerSizes();
        for (int l = 0; l < net.layerCount(); l++) {
            double[] gw = net.weightGradient(l);
            double[] gb = net.biasGradient(l);
            for (int i = 0; i < sizes[l]; i++) {
                for (int j = 0; j < sizes[l + 1]; j++) {
                    double w = net.weight(l, i, j);
                    net.setWeight(l, i, j, w + h);
                    double plus = net.loss(x, t);
                    net.setWeight(l, i, j, w - h);
                    double minus = net.loss(x, t);
                    net.setWeight(l, i, j, w);
                    worst = Math.max(worst, relative(gw[i * sizes[l + 1] + j], (plus - minus) / (2 * h)));
                }
            }
            for (int j = 0; j < sizes[l + 1]; j++) {
                double b = net.bias(l, j);
                net.setBias(l, j, b + h);
                double plus = net.loss(x, t);
                net.setBias(l, j, b - h);
                double minus = net.loss(x, t);
                net.setBias(l, j, b);
                worst = Math.max(worst, relative(gb[j], (plus - minus) / (2 * h)));
            }
        }
        return worst;
    }

    private static double relative(double a, double b) {
        return Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LINEAR", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ELU", "SOFTMAX"})
    void backwardMatchesCentralDifferencesForEachActivation(Activation activation) {
        ModelSpec spec = BackendAgreementTest.spec(activation, activation, 3, Activation.SOFTMAX,
                LossType.SOFTMAX_CROSS_ENTROPY);
        DenseNet net = DenseNet.build(spec, 3);
        double[][] x = BackendAgreementTest.inputs(1);
        double[][] t = BackendAgreementTest.targets(OutputLoss.SOFTMAX_CROSS_ENTROPY, 3, 2);
        assertThat(gradientError(net, x, t)).isLessThan(1e-5);
    }

    @ParameterizedTest
    @EnumSource(OutputLoss.class)
    void backwardMatchesCentralDifferencesForEachLossAndPenalty(OutputLoss loss) {
        ModelSpec spec = BackendAgreementTest.spec(Activation.TANH, Activation.ELU, 2, Activation.LINEAR, LossType.MSE);
        for (Regularization reg : List.of(Regularization.NONE, new Regularization(Regularization.Kind.L1, 0.01),
                new Regularization(Regularization.Kind.L2, 0.01))) {
            DenseNet net = DenseNet.build(spec, 4, loss);
            net.setRegularization(reg);
            double[][] x = BackendAgreementTest.inputs(5);
            double[][] t = BackendAgreementTest.targets(loss, 2, 6);
            assertThat(gradientError(net, x, t)).as(loss + " " + reg).isLessThan(1e-5);
        }
    }

    @Test
    void sameSeedGivesSameRunAndOtherSeedDiffers() {
        ModelSpec spec = BackendAgreementTest.spec(Activation.RELU, Activation.TANH, 1, Activation.TANH, LossType.MSE);
        DenseNet a = DenseNet.build(spec, 42, OutputLoss.HALF_MSE);
        DenseNet b = DenseNet.build(spec, 42, OutputLoss.HALF_MSE);
        DenseNet c = DenseNet.build(spec, 43, OutputLoss.HALF_MSE);
        for (DenseNet n : List.of(a, b, c)) {
            n.setOptimizer(new OptimizerSpec(OptimizerType.ADAM, 0.01));
        }
        double[][] x = BackendAgreementTest.inputs(7);
        double[][] t = BackendAgreementTest.targets(OutputLoss.HALF_MSE, 1, 8);
        for (int i = 0; i < 10; i++) {
            assertThat(a.trainBatch(x, t)).isEqualTo(b.trainBatch(x, t));
            c.trainBatch(x, t);
        }
        assertThat(a.weights(0)).containsExactly(b.weights(0));
        assertThat(a.weights(0)).isNotEqualTo(c.weights(0));
    }

    @Test
    void smallTanhNetLearnsXor() {
        ModelSpec spec = new ModelSpec(new int[] {2}, List.of(new LayerSpec.Dense(4, Activation.TANH),
                new LayerSpec.Dense(1, Activation.TANH)), LossType.MSE);
        DenseNet net = DenseNet.build(spec, 1, OutputLoss.HALF_MSE);
        net.setOptimizer(new OptimizerSpec(OptimizerType.SGD, 0.1));
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] t = {{0}, {1}, {1}, {0}};
        double first = net.loss(x, t);
        int epochs = 0;
        while (net.loss(x, t) >= 0.05 && epochs < 5000) {
            net.trainBatch(x, t);
            epochs++;
        }
        assertThat(first).isGreaterThan(0.05);
        assertThat(net.loss(x, t)).as("loss after " + epochs + " epochs").isLessThan(0.05);
        for (int i = 0; i < 4; i++) {
            assertThat(net.predict(x[i])[0]).as("XOR of " + x[i][0] + "," + x[i][1]).isCloseTo(t[i][0], within(0.4));
        }
    }

    @Test
    void forwardAllGivesEveryLayerAndPredictAppliesTheLoss() {
        ModelSpec spec = BackendAgreementTest.spec(Activation.TANH, Activation.RELU, 3, Activation.SOFTMAX,
                LossType.SOFTMAX_CROSS_ENTROPY);
        DenseNet net = DenseNet.build(spec, 9);
        double[] x = {0.3, -1.2, 0.8};
        double[][] all = net.newActivations();
        net.forwardAll(x, all);
        double z = net.bias(0, 2);
        for (int i = 0; i < 3; i++) {
            z += x[i] * net.weight(0, i, 2);
        }
        assertThat(all[0][2]).isCloseTo(Math.tanh(z), within(1e-12));
        assertThat(java.util.Arrays.stream(all[1]).min().getAsDouble()).isGreaterThanOrEqualTo(0);
        double[] p = net.predict(x);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-12));
        assertThat(p[1] / p[0]).isCloseTo(Math.exp(all[2][1] - all[2][0]), within(1e-9));
    }

    @Test
    void learningRateAndOptimizerCanChangeBetweenSteps() {
        ModelSpec spec = BackendAgreementTest.spec(Activation.TANH, Activation.TANH, 1, Activation.LINEAR, LossType.MSE);
        DenseNet net = DenseNet.build(spec, 2);
        net.setOptimizer(new OptimizerSpec(OptimizerType.MOMENTUM, 0.01));
        net.setLearningRate(0.2);
        assertThat(net.optimizer()).isEqualTo(new OptimizerSpec(OptimizerType.MOMENTUM, 0.2));
        assertThatThrownBy(() -> net.setLearningRate(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learning rate");
    }

    @Test
    void badSpecsAndInputsAreRejectedWithClearMessages() {
        ModelSpec image = new ModelSpec(new int[] {1, 4, 4}, List.of(new LayerSpec.Flatten(),
                new LayerSpec.Dense(2, Activation.LINEAR)), LossType.MSE);
        assertThatThrownBy(() -> DenseNet.build(image, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flat input");
        ModelSpec dropout = new ModelSpec(new int[] {2}, List.of(new LayerSpec.Dropout(0.5),
                new LayerSpec.Dense(2, Activation.LINEAR)), LossType.MSE);
        assertThatThrownBy(() -> DenseNet.build(dropout, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only Dense");
        DenseNet net = DenseNet.build(BackendAgreementTest.spec(Activation.TANH, Activation.TANH, 1,
                Activation.LINEAR, LossType.MSE), 1);
        assertThatThrownBy(() -> net.trainBatch(new double[][] {{1, 2}}, new double[][] {{1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 3");
        assertThatThrownBy(() -> net.weight(0, 3, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no weight 3 -> 0");
        DenseNet step = DenseNet.build(new ModelSpec(new int[] {2}, List.of(new LayerSpec.Dense(1, Activation.STEP)),
                LossType.MSE), 1);
        // the step function's slope is 0: training computes zero gradients and moves no weight
        double[] before = step.weights(0);
        step.trainBatch(new double[][] {{1, 2}, {-3, 1}, {2, -2}}, new double[][] {{0.3}, {0.7}, {0.5}});
        org.assertj.core.api.Assertions.assertThat(step.weights(0)).containsExactly(before);
        org.assertj.core.api.Assertions.assertThat(step.weightGrad(0, 0, 0)).isZero();
    }
}
