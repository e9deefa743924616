package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.layers.Initializer;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.LayerFactory;
import org.neurallab.engine.model.Shapes;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;

/** Lecture pooling examples, the output-size formula and clear errors for impossible shapes. */
class PoolingAndShapesTest {
    // Lecture 000's 4x4 example. (The average-pooling copy prints 31 in the corner but its worked
    // sum and answer 36 use 29: (29+15+0+100)/4 = 36, while 31 would give 36.5.)
    private static final double[][] LECTURE = {
        {29, 15, 28, 184},
        {0, 100, 70, 38},
        {12, 12, 7, 2},
        {12, 12, 45, 6}};

    private static INDArray lectureImage(DataType type) {
        return Nd4j.create(LECTURE).castTo(type).reshape(1, 1, 4, 4);
    }

    private static INDArray pool(LayerSpec spec, DataType type) {
        Layer layer = LayerFactory.create(spec);
        layer.build(new int[] {1, 4, 4}, new Initializer(1, type));
        return layer.forward(lectureImage(type), false);
    }

    @Test
    void maxPoolingOfTheLectureExample() {
        for (DataType type : List.of(DataType.FLOAT, DataType.DOUBLE)) {
            INDArray out = pool(new LayerSpec.MaxPool2D(2, 2), type);
            assertThat(out.shape()).containsExactly(1, 1, 2, 2);
            assertThat(out.dataType()).isEqualTo(type);
            assertThat(out.reshape(4).toDoubleVector()).containsExactly(100, 184, 12, 45);
        }
    }

    @Test
    void averagePoolingOfTheLectureExample() {
        INDArray out = pool(new LayerSpec.AvgPool2D(2, 2), DataType.DOUBLE);
        assertThat(out.reshape(4).toDoubleVector()).containsExactly(36, 80, 12, 15);
    }

    @Test
    void maxPoolBackwardSendsGradientOnlyToTheMaximum() {
        Layer layer = LayerFactory.create(new LayerSpec.MaxPool2D(2, 2));
        layer.build(new int[] {1, 4, 4}, new Initializer(1, DataType.DOUBLE));
        layer.forward(lectureImage(DataType.DOUBLE), true);
        INDArray dx = layer.backward(Nd4j.create(new double[] {1, 2, 3, 4}, new long[] {1, 1, 2, 2}, DataType.DOUBLE));
        double[] expected = new double[16];
        expected[5] = 1;  // 100
        expected[3] = 2;  // 184
        expected[8] = 3;  // first 12 of the tied window (ties go to the first)
        expected[14] = 4; // 45
        assertThat(dx.reshape(16).toDoubleVector()).containsExactly(expected);
    }

    @Test
    void outputSizeFormulaMatchesComputedOutput() {
        for (int n = 3; n <= 9; n++) {
            for (int f = 1; f <= Math.min(n, 4); f++) {
                for (int s = 1; s <= 3; s++) {
                    for (Padding padding : Padding.values()) {
                        int p = padding.amount(f);
                        LayerSpec.Conv2D spec = new LayerSpec.Conv2D(2, f, s, padding, Activation.LINEAR);
                        Layer conv = LayerFactory.create(spec);
                        int[] shape = conv.build(new int[] {1, n, n}, new Initializer(3, DataType.DOUBLE));
                        INDArray out = conv.forward(Nd4j.rand(DataType.DOUBLE, 2, 1, n, n), false);
                        int expected = Math.floorDiv(n - f + 2 * p, s) + 1;
                        assertThat(out.shape()).as("n=%d f=%d s=%d %s", n, f, s, padding)
                                .containsExactly(2, 2, expected, expected);
                        assertThat(shape).containsExactly(2, expected, expected);
                        assertThat(Shapes.convOutput(n, f, p, s)).isEqualTo(expected);
                    }
                    Layer max = LayerFactory.create(new LayerSpec.MaxPool2D(f, s));
                    max.build(new int[] {1, n, n}, new Initializer(3, DataType.DOUBLE));
                    int expected = (n - f) / s + 1;
                    assertThat(max.forward(Nd4j.rand(DataType.DOUBLE, 1, 1, n, n), false).shape())
                            .containsExactly(1, 1, expected, expected);
                }
            }
        }
    }

    @Test
    void sameStrideOneKeepsTheSize() {
        Layer conv = LayerFactory.create(new LayerSpec.Conv2D(4, 3, 1, Padding.SAME, Activation.RELU));
        assertThat(conv.outputShape(new int[] {1, 28, 28})).containsExactly(4, 28, 28);
        Layer valid = LayerFactory.create(new LayerSpec.Conv2D(64, 3, 1, Padding.VALID, Activation.RELU));
        assertThat(valid.outputShape(new int[] {1, 28, 28})).containsExactly(64, 26, 26);
    }

    @Test
    void kernelLargerThanInputIsRejected() {
        Layer conv = LayerFactory.create(new LayerSpec.Conv2D(4, 5, 1, Padding.VALID, Activation.RELU));
        assertThatThrownBy(() -> conv.outputShape(new int[] {1, 3, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Conv2D kernel 5x5 is larger than its 3x3 input");
        Layer pool = LayerFactory.create(new LayerSpec.MaxPool2D(4, 4));
        assertThatThrownBy(() -> pool.outputShape(new int[] {2, 3, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pool 4x4 is larger");
    }

    @Test
    void convAfterFlattenIsRejectedWithAClearMessage() {
        ModelSpec spec = new ModelSpec(new int[] {2, 8, 8}, List.of(
                new LayerSpec.Flatten(),
                new LayerSpec.Conv2D(4, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.Dense(2, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertThatThrownBy(() -> Sequential.build(spec, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Conv2D needs an image input [channels, height, width] but gets (128,)");
        assertThat(spec.problems(2)).extracting(p -> p.layerIndex()).containsExactly(1);
    }

    @Test
    void flattenRoundTripsTheImage() {
        Layer flatten = LayerFactory.create(new LayerSpec.Flatten());
        assertThat(flatten.build(new int[] {2, 3, 4}, new Initializer(1))).containsExactly(24);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 5, 2, 3, 4);
        INDArray y = flatten.forward(x, true);
        assertThat(y.shape()).containsExactly(5, 24);
        assertThat(y.getDouble(1, 13)).isEqualTo(x.getDouble(1, 1, 0, 1));
        assertThat(flatten.backward(y)).isEqualTo(x);
    }
}
