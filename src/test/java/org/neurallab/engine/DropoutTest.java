package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.layers.Dropout;
import org.neurallab.engine.layers.Initializer;
import org.neurallab.engine.layers.LayerFactory;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.Presets;

/** Inverted dropout: right masks, right scaling, identity at inference, reproducible from the seed. */
class DropoutTest {

    private static Dropout built(double rate, long seed) {
        Dropout d = (Dropout) LayerFactory.create(new LayerSpec.Dropout(rate));
        d.build(new int[] {50}, new Initializer(seed, DataType.DOUBLE));
        return d;
    }

    @Test
    void trainingDropsAboutRateAndScalesTheRest() {
        Dropout d = built(0.3, 1);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 40, 50).addi(0.5);
        INDArray y = d.forward(x, true);
        double[] ratio = y.div(x).reshape(2000).toDoubleVector();
        int dropped = 0;
        for (double r : ratio) {
            if (r == 0) {
                dropped++;
            } else {
                assertThat(r).isCloseTo(1 / 0.7, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        assertThat(dropped / 2000.0).isBetween(0.25, 0.35);
        // Kept mean is preserved in expectation: that is what "inverted" buys.
        assertThat(y.meanNumber().doubleValue()).isCloseTo(x.meanNumber().doubleValue(),
                org.assertj.core.data.Offset.offset(0.08));
    }

    @Test
    void backwardUsesTheSameMaskAsForward() {
        Dropout d = built(0.5, 2);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 50).addi(0.1);
        INDArray y = d.forward(x, true);
        INDArray mask = y.div(x);
        INDArray dout = Nd4j.randn(DataType.DOUBLE, 4, 50);
        // y is linear in x for a fixed mask, so dL/dx = dout * mask exactly.
        assertThat(d.backward(dout)).isEqualTo(dout.mul(mask));
        assertThat(d.mask()).isEqualTo(mask);
    }

    @Test
    void inferenceIsIdentity() {
        Dropout d = built(0.5, 3);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 50);
        assertThat(d.forward(x, false)).isEqualTo(x);
        INDArray dout = Nd4j.rand(DataType.DOUBLE, 4, 50);
        assertThat(d.backward(dout)).isEqualTo(dout);
    }

    @Test
    void sameSeedGivesSameMasksAndWeights() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 1, 28, 28);
        Sequential a = Sequential.build(Presets.mlp128(), 42);
        Sequential b = Sequential.build(Presets.mlp128(), 42);
        Sequential c = Sequential.build(Presets.mlp128(), 43);
        for (int i = 0; i < a.params().size(); i++) {
            assertThat(a.params().get(i).value()).isEqualTo(b.params().get(i).value());
        }
        assertThat(a.params().get(0).value()).isNotEqualTo(c.params().get(0).value());
        for (int step = 0; step < 3; step++) {
            a.forward(x, true);
            b.forward(x, true);
            c.forward(x, true);
            INDArray maskA = ((Dropout) a.layers().get(2)).mask();
            assertThat(maskA).isEqualTo(((Dropout) b.layers().get(2)).mask());
            assertThat(maskA).isNotEqualTo(((Dropout) c.layers().get(2)).mask());
        }
    }

    @Test
    void theDropoutFreeTwinStartsFromTheSameWeightsAndDropsNothing() {
        org.neurallab.engine.model.ModelSpec with = Presets.mlp128();
        org.neurallab.engine.model.ModelSpec without = with.withoutDropout();
        assertThat(with.dropsUnits()).isTrue();
        assertThat(without.dropsUnits()).isFalse();
        assertThat(without.hasDropoutLayer()).isTrue();
        assertThat(without.layers().get(2)).isEqualTo(new LayerSpec.Dropout(0));
        assertThat(without.withLayers(with.layers())).isEqualTo(with);
        assertThat(Presets.cnn().hasDropoutLayer()).isFalse();

        Sequential a = Sequential.build(with, 7);
        Sequential b = Sequential.build(without, 7);
        for (int i = 0; i < a.params().size(); i++) {
            assertThat(b.params().get(i).value()).isEqualTo(a.params().get(i).value());
        }
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 1, 28, 28);
        // training mode: the twin computes what inference computes, the original does not
        assertThat(b.forward(x, true)).isEqualTo(b.forward(x, false));
        assertThat(a.forward(x, true)).isNotEqualTo(a.forward(x, false));
    }
}
