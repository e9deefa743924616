package org.neurallab.lab.digits.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.model.Presets;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;

/** The plain-Java forward pass gives what the engine gives, layer by layer. */
class FastForwardTest {

    private static DigitModel wrap(ModelSpec spec, long seed) {
        Sequential net = Sequential.build(spec, seed);
        // non-zero biases, so a bias mix-up would show
        net.params().forEach(p -> p.value().addi(0.01));
        return new DigitModel(new SavedModel(net, new TrainingInfo(OptimizerType.SGD, 0.1, 1, 1, 1, null), "mnist",
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of()), "test");
    }

    private static float[] randomImage(long seed) {
        Random r = new Random(seed);
        float[] x = new float[784];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextFloat() < 0.3 ? r.nextFloat() : 0;
        }
        return x;
    }

    private static void assertSame(DigitModel model) {
        for (long seed = 0; seed < 3; seed++) {
            float[] x = randomImage(seed);
            float[] fast = model.predict(x).probabilities();
            float[] engine = model.predictWithEngine(x).probabilities();
            for (int i = 0; i < 10; i++) {
                assertThat(fast[i]).isCloseTo(engine[i], Offset.offset(1e-4f));
            }
        }
    }

    @Test
    void matchesTheEngineOnTheDigitsCnn() {
        assertSame(wrap(Presets.digitsCnn(), 4));
    }

    @Test
    void matchesTheEngineWithPaddingStridesAveragePoolingAndActivationLayers() {
        ModelSpec spec = new ModelSpec(new int[] {1, 28, 28}, List.of(
                new LayerSpec.Conv2D(4, 5, 2, Padding.SAME, Activation.TANH),
                new LayerSpec.AvgPool2D(2, 2),
                new LayerSpec.Conv2D(3, 3, 1, Padding.SAME, Activation.LINEAR),
                new LayerSpec.ActivationLayer(Activation.ELU),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(16, Activation.SIGMOID),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        assertSame(wrap(spec, 8));
    }

    @Test
    void inspectShowsTheSameLayersEitherWay() {
        DigitModel model = wrap(Presets.digitsCnn(), 4);
        List<LayerView> views = model.inspect(randomImage(1));
        assertThat(views).extracting(LayerView::kind)
                .containsExactly("Conv2D", "MaxPool2D", "Conv2D", "MaxPool2D", "Dense", "Dense");
        assertThat(views.get(2).shape()).containsExactly(64, 11, 11);
        float sum = 0;
        for (float p : views.get(views.size() - 1).values()) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1f, Offset.offset(1e-4f));
    }
}
