package org.neurallab.lab.convolution;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Test-set pictures from MNIST and Fashion-MNIST. Reads only the first few images of the gzip IDX file (the lab
 * needs a handful, not 10,000), so it stays quick on the FX thread's doorstep.
 */
public final class SampleImages {
    public enum Source {
        MNIST("mnist"), FASHION("fashion-mnist");

        private final String folder;

        Source(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    public static final int MAX_INDEX = 99;
    private static final int IMAGE_MAGIC = 0x00000803;
    private static final int LABEL_MAGIC = 0x00000801;

    private SampleImages() {
    }

    /** The datasets folder: the {@code neurallab.datasets} property, else ./datasets. */
    public static Path datasetsDir() {
        return Path.of(System.getProperty("neurallab.datasets", "datasets"));
    }

    public static LabImage load(Source source, int index) throws IOException {
        return load(datasetsDir(), source, index);
    }

    public static LabImage load(Path datasets, Source source, int index) throws IOException {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("sample index must be 0.." + MAX_INDEX + ", was " + index);
        }
        Path file = datasets.resolve(source.folder()).resolve("t10k-images-idx3-ubyte.gz");
        if (!Files.isRegularFile(file)) {
            throw new IOException("test images not found: " + file);
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            if (in.readInt() != IMAGE_MAGIC) {
                throw new IOException(file + " is not an IDX image file (wrong magic number)");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (index >= count || rows < 1 || cols < 1 || rows > 1024 || cols > 1024) {
                throw new IOException(file + ": cannot read image " + index + " of " + count + " (" + rows + "x"
                        + cols + ")");
            }
            in.skipNBytes((long) index * rows * cols);
            byte[] bytes = in.readNBytes(rows * cols);
            if (bytes.length != rows * cols) {
                throw new IOException(file + " ends early");
            }
            double[][] pixels = new double[rows][cols];
            for (int i = 0; i < bytes.length; i++) {
                pixels[i / cols][i % cols] = (bytes[i] & 0xFF) / 255.0;
            }
            return LabImage.grey(source.name().toLowerCase() + " #" + index, pixels);
        }
    }

    /** Images and labels for a quick training run: the first {@code count} of the training set, as [count][rows*cols]. */
    public record Batch(float[][] pixels, int[] labels, int rows, int cols) {
    }

    public static Batch loadTraining(Path datasets, Source source, int count) throws IOException {
        Path images = datasets.resolve(source.folder()).resolve("train-images-idx3-ubyte.gz");
        Path labels = datasets.resolve(source.folder()).resolve("train-labels-idx1-ubyte.gz");
        try (DataInputStream img = new DataInputStream(new GZIPInputStream(Files.newInputStream(images)));
             DataInputStream lab = new DataInputStream(new GZIPInputStream(Files.newInputStream(labels)))) {
            if (img.readInt() != IMAGE_MAGIC || lab.readInt() != LABEL_MAGIC) {
                throw new IOException(images + " / " + labels + " are not IDX image / label files");
            }
            int n = Math.min(count, Math.min(img.readInt(), lab.readInt()));
            int rows = img.readInt();
            int cols = img.readInt();
            float[][] pixels = new float[n][rows * cols];
            int[] y = new int[n];
            byte[] buf = new byte[rows * cols];
            for (int i = 0; i < n; i++) {
                img.readFully(buf);
                for (int j = 0; j < buf.length; j++) {
                    pixels[i][j] = (buf[j] & 0xFF) / 255f;
                }
                y[i] = lab.readUnsignedByte();
            }
            return new Batch(pixels, y, rows, cols);
        }
    }
}
