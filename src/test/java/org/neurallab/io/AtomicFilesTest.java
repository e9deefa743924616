package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void createsAndReplacesFilesAndParentFolders() throws IOException {
        Path file = dir.resolve("a/b/settings.json");
        AtomicFiles.writeString(file, "first");
        assertThat(Files.readString(file)).isEqualTo("first");
        AtomicFiles.write(file, out -> {
            out.write("sec".getBytes(StandardCharsets.UTF_8));
            out.close(); // allowed: the real file is synced and closed by AtomicFiles
        });
        assertThat(Files.readString(file)).isEqualTo("sec");
        assertThat(filesIn(file.getParent())).as("no temporary files left").isEqualTo(1);
    }

    @Test
    void failedWriteLeavesOldFileUntouched() throws IOException {
        Path file = dir.resolve("history.csv");
        byte[] old = new byte[100_000];
        for (int i = 0; i < old.length; i++) {
            old[i] = (byte) (i * 31);
        }
        Files.write(file, old);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(filesIn(dir)).as("temporary files are deleted").isEqualTo(1);
    }

    @Test
    void failedFirstWriteCreatesNothing() throws IOException {
        Path file = dir.resolve("new.nlm");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IOException("nope");
        })).isInstanceOf(IOException.class);
        assertThat(file).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }
}
