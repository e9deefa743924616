package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.model.LayerView;
import org.neurallab.lab.digits.model.Prediction;
import org.neurallab.lab.digits.model.WrongModelException;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.pad.Stroke;

class DigitModelTest {

    static List<Stroke> verticalStroke() {
        Stroke s = new Stroke(22, false);
        for (int y = 50; y <= 230; y += 10) {
            s.add(140, y);
        }
        return List.of(s);
    }

    static List<Stroke> circle() {
        Stroke s = new Stroke(22, false);
        for (int k = 0; k <= 40; k++) {
            double a = 2 * Math.PI * k / 40;
            s.add(140 + 65 * Math.cos(a), 140 + 90 * Math.sin(a));
        }
        return List.of(s);
    }

    private static Prediction read(DigitModel model, List<Stroke> strokes) {
        PadReading r = PadPipeline.read(strokes, null, InputMode.DIGIT, 22);
        assertThat(r.readable()).isTrue();
        return model.predict(r.pixels());
    }

    @Test
    void readsAVerticalStrokeAsOneAndACircleAsZero() throws Exception {
        DigitModel model = DigitModel.load(TestModels.mnist());
        assertThat(read(model, verticalStroke()).top()).isEqualTo(1);
        assertThat(read(model, circle()).top()).isEqualTo(0);
        float sum = 0;
        for (float p : read(model, circle()).probabilities()) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-3f));
    }

    @Test
    void showsEveryConvolutionAndPoolingOutputAndTheFirstFilters() throws Exception {
        DigitModel model = DigitModel.load(TestModels.mnist());
        PadReading r = PadPipeline.read(circle(), null, InputMode.DIGIT, 22);
        List<LayerView> views = model.inspect(r.pixels());
        List<String> kinds = new ArrayList<>();
        views.forEach(v -> kinds.add(v.kind()));
        assertThat(kinds).contains("Conv2D", "MaxPool2D", "Dense").doesNotContain("Flatten");
        LayerView conv = views.stream().filter(v -> v.kind().equals("Conv2D")).findFirst().orElseThrow();
        assertThat(conv.isImage()).isTrue();
        assertThat(conv.values()).hasSize(conv.channels() * conv.height() * conv.width());
        LayerView last = views.get(views.size() - 1);
        assertThat(last.values()).hasSize(10);
        assertThat(model.predict(r.pixels()).top()).isEqualTo(argMax(last.values()));
        LayerView filters = model.firstFilters();
        assertThat(filters).isNotNull();
        assertThat(filters.channels()).isEqualTo(conv.channels());
    }

    @Test
    void refusesAModelThatDoesNotTake28By28Images(@TempDir Path dir) throws Exception {
        Sequential flat = Sequential.build(new ModelSpec(new int[] {784}, List.of(
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY), 1);
        Path file = dir.resolve("flat.nlm");
        ModelFile.save(file, new SavedModel(flat, new TrainingInfo(OptimizerType.SGD, 0.1, 32, 1, 1, null), "mnist",
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of()));
        assertThatThrownBy(() -> DigitModel.load(file))
                .isInstanceOf(WrongModelException.class)
                .hasMessageContaining("[784]").hasMessageContaining("[1, 28, 28]");
    }

    @Test
    void aCopyPredictsTheSameButIsIndependent() throws Exception {
        DigitModel model = DigitModel.load(TestModels.mnist());
        DigitModel copy = model.copy();
        float[] pixels = PadPipeline.read(circle(), null, InputMode.DIGIT, 22).pixels();
        assertThat(copy.predict(pixels).probabilities()).containsExactly(model.predict(pixels).probabilities());
        copy.network().params().get(0).value().muli(0);
        assertThat(model.network().params().get(0).value().sumNumber().doubleValue()).isNotZero();
    }

    private static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
