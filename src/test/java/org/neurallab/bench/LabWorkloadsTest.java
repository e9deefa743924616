package org.neurallab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabWorkloadsTest {
    @Test
    void theCompositionRootSuppliesTheLabWorkloadsByName() {
        assertThat(LabWorkloads.all()).extracting(LabWorkload::name).containsExactly("frame", "digits", "trainlab");
        assertThat(LabWorkloads.named("frame").name()).isEqualTo("frame");
        // the Digits pad's redrawn strokes, for bench robustness: three pen widths, large and small
        assertThat(LabWorkloads.distortions()).hasSize(6);
    }

    @Test
    void anUnknownWorkloadNamesTheKnownOnes() {
        assertThatThrownBy(() -> LabWorkloads.named("gpu")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No lab workload 'gpu'; known: [frame, digits, trainlab]");
    }
}
