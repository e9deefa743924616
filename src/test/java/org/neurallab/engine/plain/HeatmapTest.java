package org.neurallab.engine.plain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;

/**
 * The heatmap grid gives, at every point, what a single forward pass gives (to 1e-6: the heatmap's tanh is
 * the display approximation, within 5e-8 of the exact one).
 */
class HeatmapTest {

    @Test
    void everyNeuronAtEveryPointMatchesForwardAll() {
        ModelSpec spec = new ModelSpec(new int[] {3}, List.of(new LayerSpec.Dense(4, Activation.TANH),
                new LayerSpec.Dense(3, Activation.SOFTMAX), new LayerSpec.Dense(1, Activation.SIGMOID)), LossType.MSE);
        DenseNet net = DenseNet.build(spec, 5);
        Heatmap.Features features = (x1, x2, out) -> {
            out[0] = x1;
            out[1] = x2;
            out[2] = x1 * x2;
        };
        Heatmap map = Heatmap.square(net, 7, -6, 6, features);
        map.compute();
        assertThat(map.points()).isEqualTo(49);
        double[][] all = net.newActivations();
        double[] in = new double[3];
        for (int p = 0; p < 49; p++) {
            features.compute(-6 + 2.0 * (p % 7), 6 - 2.0 * (p / 7), in);
            assertThat(map.input(2)[p]).isEqualTo(in[2]);
            net.forwardAll(in, all);
            for (int l = 0; l < all.length; l++) {
                for (int j = 0; j < all[l].length; j++) {
                    assertThat(map.neuron(l, j)[p]).as("layer %d neuron %d point %d", l, j, p).isCloseTo(all[l][j], within(1e-6));
                }
            }
        }
        double before = map.neuron(2, 0)[0];
        net.setBias(2, 0, net.bias(2, 0) + 3);
        map.compute();
        assertThat(map.neuron(2, 0)[0]).as("recompute follows the weights").isGreaterThan(before);
    }

    @Test
    void gridPointsRunLeftToRightAndTopToBottom() {
        double[][] rows = Heatmap.gridInputs(3, -1, 1, 2, Heatmap.IDENTITY);
        assertThat(rows[0]).containsExactly(-1, 1);
        assertThat(rows[2]).containsExactly(1, 1);
        assertThat(rows[6]).containsExactly(-1, -1);
        assertThatThrownBy(() -> Heatmap.gridInputs(1, -1, 1, 2, Heatmap.IDENTITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
    }
}
