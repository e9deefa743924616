package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MnistLoaderTest {

    @Test
    void mnistHasTheOfficialSplitAndFirstLabels() {
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN);
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        assertThat(train.count()).isEqualTo(60_000);
        assertThat(test.count()).isEqualTo(10_000);
        assertThat(new int[] {train.rows(), train.cols(), test.rows(), test.cols()}).containsOnly(28);
        assertThat(firstLabels(train, 5)).containsExactly(5, 0, 4, 1, 9);
        assertThat(firstLabels(test, 5)).containsExactly(7, 2, 1, 0, 4);
    }

    @Test
    void pixelsAreScaledToUnitRangeAndNotBlank() {
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        float[] first = test.image(0);
        assertThat(first).hasSize(784);
        float max = 0;
        float min = 1;
        for (float v : first) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertThat(min).isEqualTo(0f);
        assertThat(max).isEqualTo(1f);
    }

    @Test
    void fashionIsStratified() {
        ImageDataset train = MnistLoader.load(DatasetKind.FASHION, Split.TRAIN);
        ImageDataset test = MnistLoader.load(DatasetKind.FASHION, Split.TEST);
        assertThat(train.countPerClass()).hasSize(10).containsOnly(6000);
        assertThat(test.countPerClass()).hasSize(10).containsOnly(1000);
    }

    @Test
    void trainingSetLoadsQuicklyAndIsCached() {
        MnistLoader.clearCache();
        long start = System.nanoTime();
        ImageDataset first = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("loading 60k MNIST images, ms").isLessThan(2000);
        assertThat(MnistLoader.load(DatasetKind.MNIST, Split.TRAIN)).isSameAs(first);
    }

    @Test
    void subsetAndShuffleKeepImagesWithTheirLabels() {
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        ImageDataset part = test.subset(3, 8);
        assertThat(part.count()).isEqualTo(5);
        assertThat(part.label(0)).isEqualTo(test.label(3));
        assertThat(part.image(4)).containsExactly(test.image(7));

        int[] order = test.shuffledIndices(42);
        assertThat(order).isEqualTo(test.shuffledIndices(42)).isNotEqualTo(test.shuffledIndices(43));
        assertThat(order).hasSize(10_000);
        assertThat(java.util.Arrays.stream(order).sorted().toArray())
                .isEqualTo(java.util.stream.IntStream.range(0, 10_000).toArray());
    }

    @Test
    void kindsHaveNamesAndKeys() {
        assertThat(DatasetKind.FASHION.folderName()).isEqualTo("fashion-mnist");
        assertThat(DatasetKind.fromCliName("fashion")).isEqualTo(DatasetKind.FASHION);
        assertThat(DatasetKind.FASHION.englishClassName(9)).isEqualTo("Ankle boot");
        assertThat(DatasetKind.MNIST.classKey(3)).isEqualTo("data.class.mnist.3");
        assertThat(DatasetKind.FASHION.classKey(0)).isEqualTo("data.class.fashion.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatasetKind.fromCliName("cifar"))
                .hasMessageContaining("cifar").hasMessageContaining("fashion");
    }

    private static int[] firstLabels(ImageDataset data, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = data.label(i);
        }
        return out;
    }
}
