package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.engine.model.Presets;

/** The lecture models build, have the lecture's parameter counts and map a batch to 10 classes. */
class PresetsTest {

    @Test
    void mlp128HasTheLectureParameterCount() {
        ModelSpec spec = Presets.mlp128();
        assertThat(ModelSummary.of(spec).format()).contains("Total params: 101,770")
                .contains(" dense (Dense)               (None, 128)               100480")
                .contains(" dense_1 (Dense)             (None, 10)                1290");
        assertThat(Sequential.build(spec, 1).paramCount()).isEqualTo(101_770);
    }

    @Test
    void cnnCountsMatchTheSummary() {
        // Conv 1*3*3*64+64 = 640; Dense 64*13*13*128+128 = 1,384,576; Dense 128*10+10 = 1,290.
        assertThat(Sequential.build(Presets.cnn(), 1).paramCount()).isEqualTo(640 + 1_384_576 + 1_290);
        for (ModelSpec spec : new ModelSpec[] {Presets.mlp128(), Presets.mlp512(), Presets.cnn(), Presets.cnnSmall()}) {
            assertThat(spec.problems(10)).isEmpty();
            Sequential model = Sequential.build(spec, 2);
            assertThat(ModelSummary.of(spec).format()).contains(String.format(java.util.Locale.ROOT,
                    "Total params: %,d", model.paramCount()));
            assertThat(model.predict(Nd4j.rand(DataType.FLOAT, 2, 1, 28, 28)).shape()).containsExactly(2, 10);
        }
    }
}
