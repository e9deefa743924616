package org.neurallab.engine.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.layers.Dense;
import org.neurallab.engine.loss.Loss;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.loss.MeanSquaredError;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/** The plain backend and the ND4J Sequential (double precision) start equal and train identically. */
class BackendAgreementTest {
    private static final int BATCHES = 20;
    private static final int ROWS = 8;

    static ModelSpec spec(Activation hidden, Activation second, int outputs, Activation last, LossType loss) {
        return new ModelSpec(new int[] {3}, List.of(
                new LayerSpec.Dense(5, hidden),
                new LayerSpec.Dense(4, second),
                new LayerSpec.Dense(outputs, last)), loss);
    }

    static double[][] inputs(long seed) {
        Random r = new Random(seed);
        double[][] x = new double[ROWS][3];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    static double[][] targets(OutputLoss loss, int outputs, long seed) {
        Random r = new Random(seed);
        double[][] t = new double[ROWS][outputs];
        for (double[] row : t) {
            if (loss == OutputLoss.SOFTMAX_CROSS_ENTROPY) {
                row[r.nextInt(outputs)] = 1;
            } else {
                for (int j = 0; j < outputs; j++) {
                    row[j] = loss == OutputLoss.BINARY_CROSS_ENTROPY ? r.nextInt(2) : r.nextDouble() * 2 - 1;
                }
            }
        }
        return t;
    }

    static void assertSameWeights(Sequential model, DenseNet net, double tolerance) {
        for (int l = 0; l < net.layerCount(); l++) {
            Dense dense = (Dense) model.layers().get(l);
            assertThat(net.weights(l)).as("weights of layer " + l)
                    .containsExactly(dense.weights().value().dup().data().asDouble(), org.assertj.core.data.Offset.offset(tolerance));
            assertThat(net.biases(l)).as("biases of layer " + l)
                    .containsExactly(dense.bias().value().dup().data().asDouble(), org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /** Trains both backends on the same batches and compares every loss and the final weights. */
    static void assertSameTraining(ModelSpec spec, OutputLoss lossKind, OptimizerSpec opt, Regularization reg, long seed) {
        Sequential model = Sequential.build(spec, seed, DataType.DOUBLE);
        DenseNet net = DenseNet.build(spec, seed, lossKind);
        assertSameWeights(model, net, 0);
        net.setOptimizer(opt);
        net.setRegularization(reg);
        Optimizer nd4jOpt = opt.create();
        Loss nd4jLoss = lossKind == OutputLoss.HALF_MSE ? MeanSquaredError.half() : model.loss();
        int outputs = net.outputSize();
        List<Double> plainCurve = new ArrayList<>();
        List<Double> nd4jCurve = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            double[][] x = inputs(seed * 100 + b);
            double[][] t = targets(lossKind, outputs, seed * 100 + b + 50);
            plainCurve.add(net.trainBatch(x, t));
            INDArray xa = Nd4j.create(x).castTo(DataType.DOUBLE);
            INDArray ta = Nd4j.create(t).castTo(DataType.DOUBLE);
            double value = nd4jLoss.forward(model.forward(xa, true), ta) + reg.penalty(model.params());
            model.backward(nd4jLoss.backward());
            reg.addGradients(model.params());
            nd4jOpt.step(model.params());
            nd4jCurve.add(value);
        }
        for (int b = 0; b < BATCHES; b++) {
            assertThat(plainCurve.get(b)).as("loss of batch " + b).isCloseTo(nd4jCurve.get(b),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(plainCurve.get(BATCHES - 1)).as("training moved the loss").isNotEqualTo(plainCurve.get(0));
        assertSameWeights(model, net, 1e-9);
        double[] x0 = inputs(seed)[0];
        double[] expected = model.predict(Nd4j.create(new double[][] {x0}).castTo(DataType.DOUBLE)).dup().data().asDouble();
        assertThat(net.predict(x0)).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    static Stream<Arguments> optimizersAndPenalties() {
        List<Arguments> cases = new ArrayList<>();
        for (OptimizerType type : OptimizerType.values()) {
            for (Regularization reg : List.of(Regularization.NONE, new Regularization(Regularization.Kind.L1, 0.003),
                    new Regularization(Regularization.Kind.L2, 0.01))) {
                cases.add(Arguments.of(type, reg));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("optimizersAndPenalties")
    void eachOptimizerAndPenaltyTrainsTheSame(OptimizerType type, Regularization reg) {
        ModelSpec spec = spec(Activation.TANH, Activation.TANH, 1, Activation.TANH, LossType.MSE);
        double rate = type == OptimizerType.SGD || type == OptimizerType.MOMENTUM ? 0.05 : 0.01;
        assertSameTraining(spec, OutputLoss.HALF_MSE, new OptimizerSpec(type, rate), reg, 11);
    }

    @ParameterizedTest
    @EnumSource(OutputLoss.class)
    void eachLossTrainsTheSame(OutputLoss loss) {
        LossType type = loss == OutputLoss.SOFTMAX_CROSS_ENTROPY ? LossType.SOFTMAX_CROSS_ENTROPY
                : loss == OutputLoss.BINARY_CROSS_ENTROPY ? LossType.BINARY_CROSS_ENTROPY : LossType.MSE;
        Activation last = loss == OutputLoss.SOFTMAX_CROSS_ENTROPY ? Activation.SOFTMAX : Activation.LINEAR;
        ModelSpec spec = spec(Activation.RELU, Activation.SIGMOID, 3, last, type);
        assertSameTraining(spec, loss, new OptimizerSpec(OptimizerType.ADAM, 0.01),
                new Regularization(Regularization.Kind.L2, 0.001), 5);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LINEAR", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "ELU", "SOFTMAX"})
    void eachHiddenActivationTrainsTheSame(Activation activation) {
        ModelSpec spec = spec(activation, Activation.ELU, 2, Activation.LEAKY_RELU, LossType.MSE);
        assertSameTraining(spec, OutputLoss.MSE, new OptimizerSpec(OptimizerType.MOMENTUM, 0.05), Regularization.NONE, 23);
    }

    @Test
    void weightsCopyBetweenBackends() {
        ModelSpec spec = spec(Activation.TANH, Activation.RELU, 2, Activation.LINEAR, LossType.MSE);
        Sequential model = Sequential.build(spec, 1, DataType.DOUBLE);
        DenseNet net = DenseNet.build(spec, 2);
        Nd4jBridge.copyWeights(model, net);
        assertSameWeights(model, net, 0);
        net.setWeight(1, 3, 2, 0.25);
        net.setBias(2, 1, -0.5);
        Nd4jBridge.copyWeights(net, model);
        assertThat(((Dense) model.layers().get(1)).weights().value().getDouble(3, 2)).isEqualTo(0.25);
        assertThat(((Dense) model.layers().get(2)).bias().value().getDouble(0, 1)).isEqualTo(-0.5);
        assertSameWeights(model, net, 0);
    }
}
