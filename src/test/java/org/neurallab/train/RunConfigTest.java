package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neurallab.engine.optim.OptimizerType;

class RunConfigTest {
    private final RunConfig valid = RunConfig.of(OptimizerType.SGD, 0.1, 2, 8, 1);

    @Test
    void rejectsBadLearningRates() {
        for (double rate : new double[] {0, -0.1, Double.NaN}) {
            assertThatThrownBy(() -> valid.withLearningRate(rate)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("learning rate").hasMessageContaining("greater than 0");
        }
        assertThat(valid.withLearningRate(0.5).learningRate()).isEqualTo(0.5);
    }

    @Test
    void rejectsBadEpochsAndBatchSizes() {
        assertThatThrownBy(() -> valid.withEpochs(0)).hasMessageContaining("epochs must be at least 1");
        assertThatThrownBy(() -> valid.withEpochs(-3)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> valid.withBatchSize(0)).hasMessageContaining("batch size must be at least 1");
    }

    @Test
    void validationSplitMustBeBetweenZeroAndAHalf() {
        for (double split : new double[] {-0.01, 0.51, 1, Double.NaN}) {
            assertThatThrownBy(() -> valid.withValidationSplit(split)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("validation split must be between 0 and 0.5");
        }
        assertThat(valid.withValidationSplit(0.5).validationSplit()).isEqualTo(0.5);
    }

    @Test
    void splitThatLeavesNoTrainingDataFailsTheRun() throws Exception {
        try (TrainingService service = new TrainingService()) {
            RunHandle handle = service.start(TinyRuns.classifier(1), TinyRuns.blobs(1, 1),
                    valid.withValidationSplit(0.5), TrainingListener.NONE);
            assertThat(handle.awaitCompletion(java.time.Duration.ofSeconds(10))).isTrue();
            assertThat(handle.state()).isEqualTo(RunState.FAILED);
            assertThat(((TrainingEvent.Failed) handle.outcome().orElseThrow()).message())
                    .contains("validation split");
        }
    }
}
