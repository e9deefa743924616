package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset files and folders that lie: counts far above the data, empty files, unreadable files, a wrong folder. */
class HostileDatasetFilesTest {
    @TempDir
    Path dir;

    private Path gzipped(String name, int magic, int... header) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes); DataOutputStream out = new DataOutputStream(gz)) {
            out.writeInt(magic);
            for (int h : header) {
                out.writeInt(h);
            }
            out.write(new byte[40]);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void aTinyFileClaimingMillionsOfImagesIsTruncatedNotAnAllocation() throws IOException {
        Path file = gzipped("liar-images.gz", IdxReader.IMAGES_MAGIC, 2_700_000, 28, 28);
        assertThat(Files.size(file)).isLessThan(120);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("liar-images.gz").hasMessageContaining("truncated")
                .hasMessageContaining("2116800000").hasMessageContaining("found 40");
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated").isLessThan(20L << 20);
        Path labels = gzipped("liar-labels.gz", IdxReader.LABELS_MAGIC, 2_000_000_000);
        assertThatThrownBy(() -> IdxReader.readLabels(labels))
                .isInstanceOf(DatasetFormatException.class).hasMessageContaining("truncated");
    }

    @Test
    void anEmptyFileSaysSoInsteadOfNull() throws IOException {
        Path empty = Files.write(dir.resolve("empty-images.gz"), new byte[0]);
        assertThatThrownBy(() -> IdxReader.readImages(empty))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("empty-images.gz").hasMessageContaining("empty")
                .hasMessageNotContaining("null");
        Path one = Files.write(dir.resolve("one-byte.gz"), new byte[] {0x1f});
        assertThatThrownBy(() -> IdxReader.readImages(one))
                .isInstanceOf(DatasetFormatException.class).hasMessageNotContaining("null");
    }

    @Test
    void aFileThatCannotBeReadIsADatasetErrorNamingIt() {
        // /proc/self/mem is a regular file whose first page cannot be read (EIO): a disk error on demand.
        Path mem = Path.of("/proc/self/mem");
        assumeThat(Files.isRegularFile(mem)).isTrue();
        assertThatThrownBy(() -> IdxReader.readImages(mem))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("/proc/self/mem").hasMessageContaining("cannot be read");
    }

    @Test
    void anExplicitDatasetsFolderThatDoesNotExistIsAnErrorNotAFallback() throws IOException {
        Files.createDirectory(dir.resolve("datasets"));
        Path missing = dir.resolve("typo");
        assertThatThrownBy(() -> DatasetLocator.locate("datasets", missing.toString(), null, dir, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("-Dneurallab.datasets");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> DatasetLocator.locate("datasets", null, file.toString(), dir, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("NEURALLAB_DATASETS");
    }
}
