package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderErrorsTest {
    @TempDir
    Path dir;

    @Test
    void plainFileIsNotGzip() throws IOException {
        Path file = Files.write(dir.resolve("plain-images.gz"), new byte[] {0, 0, 8, 3, 1, 2, 3});
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("plain-images.gz").hasMessageContaining("not a gzip");
    }

    @Test
    void cutGzipStreamIsCorrupt() throws IOException {
        byte[] whole = gzip(images(5, 28, 28, 784 * 5));
        Path file = Files.write(dir.resolve("cut-images.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("cut-images.gz").hasMessageContaining("corrupt or truncated gzip");
    }

    @Test
    void wrongMagicSaysExpectedAndFound() throws IOException {
        Path file = write("labels-as-images.gz", labels(3, 3));
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("labels-as-images.gz")
                .hasMessageContaining("expected 0x00000803, found 0x00000801");
    }

    @Test
    void truncatedBodySaysHowManyBytes() throws IOException {
        Path file = write("short-images.gz", images(10, 28, 28, 784 * 9));
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("short-images.gz")
                .hasMessageContaining("truncated: expected 7840 data bytes, found 7056");
    }

    @Test
    void labelCountMustMatchImageCount() throws IOException {
        Path img = write("four-images.gz", images(4, 28, 28, 784 * 4));
        Path lab = write("three-labels.gz", labels(3, 3));
        assertThatThrownBy(() -> MnistLoader.loadPair(img, lab))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("three-labels.gz")
                .hasMessageContaining("has 3 labels").hasMessageContaining("has 4 images");
    }

    @Test
    void imagesMustBe28By28() throws IOException {
        Path img = write("big-images.gz", images(2, 32, 32, 32 * 32 * 2));
        Path lab = write("two-labels.gz", labels(2, 2));
        assertThatThrownBy(() -> MnistLoader.loadPair(img, lab))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("big-images.gz")
                .hasMessageContaining("32x32").hasMessageContaining("expects 28x28");
    }

    @Test
    void labelsMustBeWithinTheClasses() throws IOException {
        Path img = write("ok-images.gz", images(2, 28, 28, 784 * 2));
        Path lab = write("bad-labels.gz", labels(2, 2, (byte) 3, (byte) 12));
        assertThatThrownBy(() -> MnistLoader.loadPair(img, lab))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("bad-labels.gz")
                .hasMessageContaining("label 12 at index 1").hasMessageContaining("0..9");
    }

    @Test
    void validPairLoads() throws IOException {
        Path img = write("good-images.gz", images(2, 28, 28, 784 * 2));
        Path lab = write("good-labels.gz", labels(2, 2, (byte) 7, (byte) 1));
        ImageDataset data = MnistLoader.loadPair(img, lab);
        org.assertj.core.api.Assertions.assertThat(data.count()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(data.label(0)).isEqualTo(7);
        org.assertj.core.api.Assertions.assertThat(data.image(1)[0]).isEqualTo(((784 % 256) & 0xFF) / 255f);
    }

    private Path write(String name, byte[] raw) throws IOException {
        return Files.write(dir.resolve(name), gzip(raw));
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    /** An image file header claiming {@code count} images, followed by {@code bodyBytes} bytes (i mod 256). */
    private static byte[] images(int count, int rows, int cols, int bodyBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxReader.IMAGES_MAGIC);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        for (int i = 0; i < bodyBytes; i++) {
            out.writeByte(i);
        }
        return bytes.toByteArray();
    }

    private static byte[] labels(int count, int body, byte... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(IdxReader.LABELS_MAGIC);
        out.writeInt(count);
        for (int i = 0; i < body; i++) {
            out.writeByte(i < values.length ? values[i] : i % 10);
        }
        return bytes.toByteArray();
    }
}
