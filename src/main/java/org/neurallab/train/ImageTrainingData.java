package org.neurallab.train;

import java.util.Random;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.Augmenter;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.TensorConversion;

/**
 * Images and labels from a data set, served as batches for training. Augmentation settings are read
 * again for every batch, so the Training lab can change them while a run is going.
 */
public final class ImageTrainingData implements TrainingData {
    private final ImageDataset data;
    private final ImageLayout layout;
    private final Supplier<AugmentationSettings> augmentation;
    private final Random random;
    private float[] buffer = new float[0];

    public ImageTrainingData(ImageDataset data, ImageLayout layout, Supplier<AugmentationSettings> augmentation,
                             long seed) {
        this.data = data;
        this.layout = layout;
        this.augmentation = augmentation == null ? () -> AugmentationSettings.NONE : augmentation;
        this.random = new Random(seed);
    }

    public ImageTrainingData(ImageDataset data, ImageLayout layout) {
        this(data, layout, null, 0);
    }

    /** The layout a model expects: flat vectors for an input of rank 1, NCHW for images. */
    public static ImageLayout layoutFor(int[] inputShape) {
        return inputShape.length == 1 ? ImageLayout.FLAT : ImageLayout.NCHW;
    }

    public ImageDataset dataset() {
        return data;
    }

    @Override
    public int size() {
        return data.count();
    }

    @Override
    public int classes() {
        return data.classCount();
    }

    @Override
    public synchronized BatchPair batch(int[] indices) {
        int n = indices.length;
        int size = data.imageSize();
        if (buffer.length < n * size) {
            buffer = new float[n * size];
        }
        AugmentationSettings settings = augmentation.get();
        if (settings == null || settings.isNone()) {
            for (int k = 0; k < n; k++) {
                data.copyImage(indices[k], buffer, k * size);
            }
        } else {
            Augmenter augmenter = new Augmenter(settings);
            for (int k = 0; k < n; k++) {
                System.arraycopy(augmenter.augment(data.image(indices[k]), random), 0, buffer, k * size, size);
            }
        }
        INDArray x = TensorConversion.fromFlat(buffer, n, data.rows(), data.cols(), layout);
        INDArray y = TensorConversion.oneHot(data, indices, 0, n);
        return new BatchPair(x, y);
    }
}
