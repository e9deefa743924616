package org.neurallab.lab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.WeightInit;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.DatasetGenerator;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.DatasetSpec;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/** The Playground's choices that show why networks learn or do not: datasets, first weights, step, gradients. */
class LearningChoicesTest {

    @Test
    void functionBoundaryDatasetsSplitThePointsByTheirCurve() {
        for (PointDataset kind : List.of(PointDataset.BOUNDARY_SIN, PointDataset.BOUNDARY_CUBIC, PointDataset.BOUNDARY_ABS)) {
            List<DataPoint> points = DatasetGenerator.generate(new DatasetSpec(kind, 2, 0, 50, 7));
            assertThat(points).hasSize(DatasetSpec.POINTS);
            long above = points.stream().filter(p -> p.label() == 1).count();
            assertThat(above).as(kind.name()).isBetween(100L, 400L); // both sides are well represented
            for (DataPoint p : points) {
                assertThat(p.label()).as("%s at (%.2f, %.2f)", kind, p.x1(), p.x2())
                        .isEqualTo(p.x2() > kind.boundary(p.x1()) ? 1.0 : 0.0);
                assertThat(Math.abs(p.x1())).isLessThanOrEqualTo(6);
                assertThat(Math.abs(p.x2())).isLessThanOrEqualTo(6);
            }
        }
        assertThat(PointDataset.BOUNDARY_ABS.boundary(-3)).isEqualTo(1.0);
        assertThat(PointDataset.BOUNDARY_SIN.boundary(0)).isEqualTo(0.0);
    }

    @Test
    void aNetworkThatStartsAtZeroKeepsEveryNeuronOfALayerAlike() {
        PlaygroundConfig c = config(Activation.TANH);
        c.setWeightInit(WeightInit.ZEROS);
        DenseNet net = trained(c, 200);
        for (int l = 0; l < net.layerCount() - 1; l++) {
            int in = net.layerSizes()[l];
            int out = net.layerSizes()[l + 1];
            for (int i = 0; i < in; i++) {
                for (int j = 1; j < out; j++) {
                    assertThat(net.weight(l, i, j)).as("layer %d, link %d -> %d", l, i, j).isEqualTo(net.weight(l, i, 0));
                }
            }
        }
        // random first weights break the symmetry: the neurons become different
        c.setWeightInit(WeightInit.XAVIER);
        DenseNet random = trained(c, 200);
        assertThat(random.weight(0, 0, 1)).isNotEqualTo(random.weight(0, 0, 0));
    }

    @Test
    void everySchemeDrawsWeightsOfItsOwnSize() {
        PlaygroundConfig c = config(Activation.TANH);
        c.setLayers(List.of(new HiddenLayer(8, Activation.RELU), new HiddenLayer(8, Activation.TANH)));
        c.setWeightInit(WeightInit.SMALL_UNIFORM);
        assertThat(maxAbs(NetworkFactory.build(c), 0)).isLessThanOrEqualTo(0.05).isPositive();
        c.setWeightInit(WeightInit.XAVIER);
        assertThat(maxAbs(NetworkFactory.build(c), 0)).isLessThanOrEqualTo(Math.sqrt(6.0 / (2 + 8)));
        c.setWeightInit(WeightInit.HE);
        assertThat(maxAbs(NetworkFactory.build(c), 1)).isGreaterThan(0.2); // std sqrt(2/8) = 0.5
    }

    @Test
    void aStepLayerPassesNoGradientSoItsWeightsNeverChange() {
        PlaygroundConfig c = config(Activation.STEP);
        DenseNet before = NetworkFactory.build(c);
        DenseNet after = trained(c, 100);
        for (int l = 0; l < after.layerCount() - 1; l++) {
            assertThat(after.weights(l)).as("step layer %d", l).containsExactly(before.weights(l));
        }
        int last = after.layerCount() - 1;
        assertThat(after.weights(last)).as("the output layer still learns").isNotEqualTo(before.weights(last));
    }

    @Test
    void aDeepSigmoidNetworkHasVanishingGradientsTowardsItsInputs() {
        PlaygroundConfig c = config(Activation.SIGMOID);
        List<HiddenLayer> layers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            layers.add(new HiddenLayer(6, Activation.SIGMOID));
        }
        c.setLayers(layers);
        DenseNet net = trained(c, 1);
        GridMaps maps = new GridMaps(net, c.featureList());
        FrameSnapshot frame = maps.newSnapshot();
        maps.fill(frame, new ColorRamp(c.getPalette()), false);
        double first = mean(frame.neuronGrads[0]);
        double last = mean(frame.neuronGrads[5]);
        assertThat(first).isPositive();
        assertThat(first).as("first hidden layer vs last").isLessThan(last / 20);
        double inputHalf = mean(frame.neuronGrads[0]) + mean(frame.neuronGrads[1]) + mean(frame.neuronGrads[2]);
        double outputHalf = mean(frame.neuronGrads[3]) + mean(frame.neuronGrads[4]) + mean(frame.neuronGrads[5]);
        assertThat(inputHalf).isLessThan(outputHalf / 5);
        // the links show the same thing: dL/dw of the first layer is tiny next to the last hidden layer's
        assertThat(Math.abs(frame.weightGrad(0, 0, 0))).isLessThan(maxAbs(frame.weightGrads[5]));
    }

    private static PlaygroundConfig config(Activation activation) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.setDataset(PointDataset.CIRCLE);
        c.setLayers(List.of(new HiddenLayer(4, activation), new HiddenLayer(3, activation)));
        c.setLearningRate(0.1);
        return c;
    }

    /** Full-batch steps on the configuration's generated training points. */
    private static DenseNet trained(PlaygroundConfig c, int steps) {
        DenseNet net = NetworkFactory.build(c);
        List<DataPoint> points = DatasetGenerator.generate(c.datasetSpec());
        double[][] x = NetworkFactory.inputs(points, c.featureList());
        double[][] y = NetworkFactory.targets(points, c);
        for (int s = 0; s < steps; s++) {
            net.trainBatch(x, y);
        }
        return net;
    }

    private static double maxAbs(DenseNet net, int layer) {
        return maxAbs(net.weights(layer));
    }

    private static double maxAbs(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
