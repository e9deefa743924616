package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LearnedFiltersTest {

    @Test
    void weightsAreReadInFiltersChannelsRowsColumnsOrder() {
        double[] w = {1, 2, 3, 4, 5, 6, 7, 8};
        LearnedFilters one = LearnedFilters.fromWeights(w, new double[] {0, 0}, 2, 1, 2, 1, 0, "t");
        assertThat(one.kernels().get(0)).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        assertThat(one.kernels().get(1)).isDeepEqualTo(new double[][] {{5, 6}, {7, 8}});
        LearnedFilters summed = LearnedFilters.fromWeights(w, new double[] {0}, 1, 2, 2, 1, 0, "t");
        assertThat(summed.kernels().get(0)).isDeepEqualTo(new double[][] {{6, 8}, {10, 12}});
    }

    @Test
    void featureMapIsConvolutionPlusBias() {
        LearnedFilters f = LearnedFilters.fromWeights(new double[] {0, 0, 0, 0, 1, 0, 0, 0, 0}, new double[] {0.5},
                1, 1, 3, 1, 1, "t");
        double[][] image = {{1, 2}, {3, 4}};
        assertThat(f.featureMap(0, image)).isDeepEqualTo(new double[][] {{1.5, 2.5}, {3.5, 4.5}});
    }

    @Test
    void wrongWeightCountIsRefused() {
        assertThatThrownBy(() -> LearnedFilters.fromWeights(new double[5], new double[] {0}, 1, 1, 3, 1, 0, "t"))
                .hasMessageContaining("filters*channels*k*k");
    }
}
