package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelLimits;
import org.neurallab.engine.model.ModelSpec;

/** A spec is measured before anything is allocated: billions of parameters are refused by name and number. */
class ModelLimitsTest {

    private static ModelSpec dense(int inputs, int... units) {
        List<LayerSpec> layers = new java.util.ArrayList<>();
        for (int u : units) {
            layers.add(new LayerSpec.Dense(u, Activation.RELU));
        }
        return new ModelSpec(new int[] {inputs}, layers, LossType.MSE);
    }

    @Test
    void denseLayersWhoseWeightCountOverflowsAnIntAreRefusedBeforeBuilding() {
        // 65536 x 65536 = 2^32 weights: the int overflow that once reached the initialiser.
        assertThatThrownBy(() -> Sequential.build(dense(65536, 65536), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4,295,032,832 parameters").hasMessageContaining("at most 50,000,000");
        assertThatThrownBy(() -> Sequential.build(dense(65536, 20000), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1,310,740,000 parameters");
    }

    @Test
    void theCapIsInclusiveAndModelsBelowItBuild() {
        ModelLimits.check(dense(4999, 10000)); // 49,990,000 + 10,000 = exactly 50,000,000
        assertThatThrownBy(() -> ModelLimits.check(dense(5000, 10000))).hasMessageContaining("50,010,000");
        assertThat(Sequential.build(dense(784, 128, 10), 1).paramCount()).isEqualTo(784 * 128 + 128 + 128 * 10 + 10);
    }
}
