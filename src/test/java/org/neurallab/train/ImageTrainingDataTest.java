package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;

class ImageTrainingDataTest {
    private final ImageDataset data = tinyDataset();

    @Test
    void aBatchHoldsTheChosenImagesAndTheirOneHotLabelsInOrder() {
        int[] indices = {4, 1, 3};
        BatchPair flat = new ImageTrainingData(data, ImageLayout.FLAT).batch(indices);
        assertThat(flat.x().shape()).containsExactly(3, 784);
        assertThat(flat.y().shape()).containsExactly(3, 10);
        for (int k = 0; k < indices.length; k++) {
            assertThat(flat.x().getFloat(k, 100)).isEqualTo(data.image(indices[k])[100]);
            assertThat(flat.y().getFloat(k, data.label(indices[k]))).isEqualTo(1f);
        }
        assertThat(flat.y().sumNumber().floatValue()).isEqualTo(3f);

        INDArray nchw = new ImageTrainingData(data, ImageLayout.NCHW).batch(new int[] {2, 0}).x();
        assertThat(nchw.shape()).containsExactly(2, 1, 28, 28);
        assertThat(nchw.getFloat(1, 0, 3, 5)).isEqualTo(data.image(0)[3 * 28 + 5]);
    }

    @Test
    void augmentationChangesTheImagesButNotTheLabels() {
        AugmentationSettings shift = new AugmentationSettings(0, 0, 3, false);
        BatchPair plain = new ImageTrainingData(data, ImageLayout.FLAT).batch(new int[] {0, 1, 2, 3, 4});
        BatchPair moved = new ImageTrainingData(data, ImageLayout.FLAT, () -> shift, 7).batch(new int[] {0, 1, 2, 3, 4});
        assertThat(moved.y()).isEqualTo(plain.y());
        assertThat(moved.x()).isNotEqualTo(plain.x());
    }

    @Test
    void layoutFollowsTheModelsInputRank() {
        assertThat(ImageTrainingData.layoutFor(new int[] {784})).isEqualTo(ImageLayout.FLAT);
        assertThat(ImageTrainingData.layoutFor(new int[] {1, 28, 28})).isEqualTo(ImageLayout.NCHW);
    }

    private static ImageDataset tinyDataset() {
        float[] pixels = new float[5 * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 97) / 97f;
        }
        return ImageDataset.of(DatasetKind.MNIST, pixels, new int[] {3, 1, 4, 1, 5}, 28, 28);
    }
}
