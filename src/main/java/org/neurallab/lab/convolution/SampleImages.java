package org.neurallab.lab.convolution;

import java.io.IOException;
import java.nio.file.Path;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.DatasetLocator;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;

/** Test-set pictures from MNIST and Fashion-MNIST, through the shared (cached) data loader. */
public final class SampleImages {
    public enum Source {
        MNIST(DatasetKind.MNIST), FASHION(DatasetKind.FASHION);

        private final DatasetKind kind;

        Source(DatasetKind kind) {
            this.kind = kind;
        }

        public DatasetKind kind() {
            return kind;
        }
    }

    /** The test sets have 10,000 images each. */
    public static final int MAX_INDEX = 9999;

    private SampleImages() {
    }

    /** The datasets folder as the data layer finds it. */
    public static Path datasetsDir() throws IOException {
        try {
            return DatasetLocator.datasetsDir();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public static LabImage load(Source source, int index) throws IOException {
        return load(datasetsDir(), source, index);
    }

    public static LabImage load(Path datasets, Source source, int index) throws IOException {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("sample index must be 0.." + MAX_INDEX + ", was " + index);
        }
        ImageDataset set = test(datasets, source);
        float[] px = set.image(index);
        double[][] pixels = new double[set.rows()][set.cols()];
        for (int i = 0; i < px.length; i++) {
            pixels[i / set.cols()][i % set.cols()] = px[i];
        }
        return LabImage.grey(source.name().toLowerCase() + " #" + index, pixels);
    }

    private static ImageDataset test(Path datasets, Source source) throws IOException {
        try {
            return MnistLoader.load(datasets, source.kind(), Split.TEST);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the data layer reports missing or malformed files this way; the lab shows it as a load problem
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The first {@code count} training images and labels, for the tiny CNN. */
    public static ImageDataset training(Path datasets, Source source, int count) throws IOException {
        try {
            ImageDataset all = MnistLoader.load(datasets, source.kind(), Split.TRAIN);
            return all.subset(0, Math.min(count, all.count()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
