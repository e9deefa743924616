package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetFilesTest {
    private final Path datasets = DatasetLocator.datasetsDir();

    @Test
    void everyShippedFileMatchesItsChecksum() throws Exception {
        List<String> lines = Files.readAllLines(datasets.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(8);
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+", 2);
            assertThat(sha256(datasets.resolve(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void locatorPrefersThePropertyAndListsTriedPlaces(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path own = Files.createDirectory(tmp.resolve("mine"));
        assertThat(DatasetLocator.locate("datasets", own.toString(), null, tmp, null)).isEqualTo(own);
        Path jarDir = Files.createDirectories(tmp.resolve("app/lib"));
        Path besideJar = Files.createDirectories(tmp.resolve("app/datasets"));
        assertThat(DatasetLocator.locate("datasets", null, null, tmp.resolve("nowhere"), jarDir.resolve("x.jar")))
                .isEqualTo(besideJar);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DatasetLocator.locate("datasets", tmp.resolve("p").toString(), null, tmp, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(tmp.resolve("p").toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DatasetLocator.locate("datasets", null, null, tmp, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(tmp.resolve("datasets").toString());
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

}
