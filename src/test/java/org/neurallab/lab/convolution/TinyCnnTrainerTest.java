package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TinyCnnTrainerTest {

    private static LearnedFilters train(int steps, AtomicInteger done) throws Exception {
        return TinyCnnTrainer.train(SampleImages.datasetsDir(), 7, steps, 20_000, () -> false, done::set);
    }

    @Test
    void trainingChangesTheFirstLayerFilters() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        LearnedFilters untrained = train(0, steps);
        LearnedFilters trained = train(40, steps);
        assertThat(steps.get()).isEqualTo(40);
        assertThat(trained.count()).isEqualTo(TinyCnnTrainer.FILTERS);
        assertThat(Arrays.deepEquals(trained.kernels().get(0), untrained.kernels().get(0))).isFalse();
        assertThat(trained.featureMap(0, SampleImages.load(SampleImages.Source.MNIST, 0).grey())).hasNumberOfRows(26);
    }
}
