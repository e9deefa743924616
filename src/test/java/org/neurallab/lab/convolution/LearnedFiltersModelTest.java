package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;

/** The first Conv2D layer read from a saved model file gives the same maps as the engine's own forward pass. */
class LearnedFiltersModelTest {

    @Test
    void filtersFromAModelFileMatchTheEnginesFirstLayer(@TempDir Path dir) throws Exception {
        ModelSpec spec = new ModelSpec(new int[] {1, 8, 8}, List.of(
                new LayerSpec.Conv2D(3, 3, 1, Padding.SAME, Activation.LINEAR),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(2, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        Sequential model = Sequential.build(spec, 11, DataType.DOUBLE);
        Path file = dir.resolve("cnn" + ModelFile.EXTENSION);
        ModelFile.save(file, new SavedModel(model, new TrainingInfo(OptimizerType.ADAM, 0.001, 32, 1, 11, null),
                "mnist", List.of("a", "b"), List.of()));

        LearnedFilters filters = LearnedFilters.fromModel(ModelFile.load(file).model(), "cnn");
        assertThat(filters.count()).isEqualTo(3);
        assertThat(filters.padding()).isEqualTo(1);

        double[][] image = new double[8][8];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                image[r][c] = ((r * 8 + c) % 5) / 4.0;
            }
        }
        INDArray x = Nd4j.create(image).reshape(1, 1, 8, 8).castTo(model.dataType());
        INDArray firstLayer = model.layerOutputs(x).get(0);
        for (int f = 0; f < 3; f++) {
            double[][] mine = filters.featureMap(f, image);
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 8; c++) {
                    assertThat(mine[r][c]).as("filter %d at %d,%d", f, r, c)
                            .isCloseTo(firstLayer.getDouble(0, f, r, c), within(1e-9));
                }
            }
        }
    }

    @Test
    void aModelWithoutConvolutionIsRefused() {
        ModelSpec dense = new ModelSpec(new int[] {4}, List.of(new LayerSpec.Dense(2, Activation.SOFTMAX)),
                LossType.SOFTMAX_CROSS_ENTROPY);
        assertThatThrownBy(() -> LearnedFilters.fromModel(Sequential.build(dense, 1), "dense"))
                .hasMessageContaining("no Conv2D");
    }
}
