package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class TensorConversionTest {
    private final ImageDataset data = tinyDataset();

    @Test
    void flatAndNchwBatchesHoldTheChosenImages() {
        int[] idx = {4, 1, 3};
        INDArray flat = TensorConversion.images(data, idx, 0, 3, ImageLayout.FLAT);
        assertThat(flat.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(flat.shape()).containsExactly(3, 784);
        assertThat(flat.getFloat(1, 100)).isEqualTo(data.image(1)[100]);

        INDArray nchw = TensorConversion.images(data, idx, 1, 3, ImageLayout.NCHW, new float[10 * 784]);
        assertThat(nchw.shape()).containsExactly(2, 1, 28, 28);
        assertThat(nchw.getFloat(1, 0, 3, 5)).isEqualTo(data.image(3)[3 * 28 + 5]);
    }

    @Test
    void oneHotLabels() {
        INDArray y = TensorConversion.oneHot(data, new int[] {2, 0}, 0, 2);
        assertThat(y.shape()).containsExactly(2, 10);
        assertThat(y.getFloat(0, data.label(2))).isEqualTo(1f);
        assertThat(y.sumNumber().floatValue()).isEqualTo(2f);
    }

    private static ImageDataset tinyDataset() {
        float[] pixels = new float[5 * 784];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 97) / 97f;
        }
        return ImageDataset.of(DatasetKind.MNIST, pixels, new int[] {3, 1, 4, 1, 5}, 28, 28);
    }
}
