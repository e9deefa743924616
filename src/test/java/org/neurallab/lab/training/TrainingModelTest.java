package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelProblem;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.lab.training.builder.LayerTexts;
import org.neurallab.lab.training.settings.FieldResult;
import org.neurallab.lab.training.settings.HyperParameterRules;
import org.neurallab.lab.training.settings.HyperParameters;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.lab.training.settings.RunClock;

/** The Training lab's plain logic: field rules, the live model check, the run clock. */
class TrainingModelTest {

    @Test
    void learningRateAcceptsUsualFormsAndRejectsNonsense() {
        assertThat(HyperParameterRules.learningRate("0.001").value()).isEqualTo(0.001);
        assertThat(HyperParameterRules.learningRate(" 1e-3 ").value()).isEqualTo(0.001);
        for (String bad : List.of("", "abc", "0", "-0.1", "1000", "NaN", "Infinity", "0.0.1")) {
            FieldResult<Double> r = HyperParameterRules.learningRate(bad);
            assertThat(r.isOk()).as(bad).isFalse();
            assertThat(r.errorKey()).startsWith("training.error.");
        }
    }

    @Test
    void wholeNumbersStayInTheirRange() {
        assertThat(HyperParameterRules.batchSize("64").value()).isEqualTo(64);
        assertThat(HyperParameterRules.batchSize("1,024").value()).isEqualTo(1024);
        assertThat(HyperParameterRules.batchSize("0").isOk()).isFalse();
        assertThat(HyperParameterRules.batchSize("100000").isOk()).isFalse();
        assertThat(HyperParameterRules.batchSize("3.5").isOk()).isFalse();
        assertThat(HyperParameterRules.epochs("99999999999").isOk()).isFalse();
        assertThat(HyperParameterRules.subset("2000", 60000).value()).isEqualTo(2000);
        assertThat(HyperParameterRules.subset("70000", 60000).args()).containsExactly(100, 60000);
        assertThat(HyperParameterRules.validationSplit("0.6").isOk()).isFalse();
        assertThat(HyperParameterRules.validationSplit("0").value()).isZero();
        assertThat(HyperParameterRules.seed("-7").value()).isEqualTo(-7L);
        assertThat(HyperParameterRules.dropoutRate("1").isOk()).isFalse();
    }

    @Test
    void hyperParametersSplitTheSubset() {
        HyperParameters p = new HyperParameters(org.neurallab.engine.optim.OptimizerType.SGD, 0.1, 32, 1, 0.1, 1, 2000);
        assertThat(p.validationCount()).isEqualTo(200);
        assertThat(p.trainCount()).isEqualTo(1800);
        assertThat(p.batchesPerEpoch()).isEqualTo(57);
    }

    @Test
    void lectureMlpHasTheLectureParameterCount() {
        ModelSummary check = ModelSummary.of(ModelPreset.MLP_128.spec(), 10);
        assertThat(check.ok()).as(check.toString()).isTrue();
        assertThat(check.totalParams()).isEqualTo(101_770);
        assertThat(check.rows().get(1).shapeText()).isEqualTo("(None, 128)");
        assertThat(check.table()).contains("dense_1 (Dense)").contains("Total params: 101,770");
    }

    @Test
    void denseOnAnImageIsFlaggedAtThatLayer() {
        ModelSpec spec = new ModelSpec(ModelPreset.IMAGE_SHAPE,
                List.of(new LayerSpec.Dense(10, Activation.SOFTMAX)), org.neurallab.engine.loss.LossType.SOFTMAX_CROSS_ENTROPY);
        ModelSummary check = ModelSummary.of(spec, 10);
        assertThat(check.ok()).isFalse();
        assertThat(check.problem().layerIndex()).isZero();
        assertThat(check.problem().code()).isEqualTo("needsFlat");
        I18n.get().setLocale(Locale.ENGLISH);
        assertThat(LayerTexts.problem(check.problem())).startsWith("Layer 1: ").contains("Flatten");
        I18n.get().setLocale(Locale.KOREAN);
        assertThat(LayerTexts.problem(check.problem())).startsWith("1번째 층: ").contains("Flatten 층을 넣으세요");
        I18n.get().setLocale(Locale.ENGLISH);
    }

    @Test
    void wrongNumberOfOutputsAndEmptyModelsAreFlagged() {
        List<LayerSpec> layers = new ArrayList<>(ModelPreset.MLP_128.spec().layers());
        layers.set(layers.size() - 1, new LayerSpec.Dense(7, Activation.SOFTMAX));
        ModelSummary check = ModelSummary.of(ModelPreset.MLP_128.spec().withLayers(layers), 10);
        assertThat(check.problem().code()).isEqualTo(ModelProblem.OUTPUT_MISMATCH);
        assertThat(check.problem().layerIndex()).isEqualTo(3);
        assertThat(ModelSummary.of(ModelPreset.MLP_128.spec().withLayers(List.of()), 10).problem().code())
                .isEqualTo(ModelProblem.EMPTY);
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(RunClock.clockText(3723)).isEqualTo("1:02:03");
        assertThat(RunClock.clockText(7)).isEqualTo("0:07");
        assertThat(RunClock.clockText(Double.NaN)).isEqualTo("—");
        assertThat(RunClock.clockText(-1)).isEqualTo("—");
    }
}
