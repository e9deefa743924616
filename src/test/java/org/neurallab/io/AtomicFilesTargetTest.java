package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save may replace: only regular files or new paths, keeping the file's mode, cleaning old temp files. */
class AtomicFilesTargetTest {
    @TempDir
    Path dir;

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assumeThat(p.exitValue()).as("mkfifo works here").isZero();
    }

    @Test
    void refusesToReplaceASymbolicLinkAndLeavesItsTargetAlone() throws IOException {
        Path real = Files.writeString(dir.resolve("real.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.zip"), real);
        assertThatThrownBy(() -> AtomicFiles.writeString(link, "new"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("keep me");
    }

    @Test
    void refusesToReplaceAFifoOrADirectory() throws Exception {
        Path fifo = dir.resolve("pipe.zip");
        mkfifo(fifo);
        assertThatThrownBy(() -> AtomicFiles.writeString(fifo, "new"))
                .isInstanceOf(IOException.class).hasMessageContaining(fifo.toString()).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();

        Path folder = Files.createDirectory(dir.resolve("folder.zip"));
        assertThatThrownBy(() -> AtomicFiles.checkTarget(folder))
                .isInstanceOf(IOException.class).hasMessageContaining(folder.toString()).hasMessageContaining("is a folder");
    }

    @Test
    void checkTargetFailsFastOnAParentThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = file.resolve("sub/model.zip");
        assertThatThrownBy(() -> AtomicFiles.checkTarget(target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("is a file, not a folder")
                .hasMessageNotContaining(".tmp");
        AtomicFiles.checkTarget(dir.resolve("new/folder/model.zip")); // a new path is fine
        assertThat(Files.exists(dir.resolve("new"))).as("checking creates nothing").isFalse();
    }

    @Test
    void keepsTheModeOfAnExistingFileAndGivesNewFilesTheUsualMode() throws IOException {
        Path shared = Files.writeString(dir.resolve("shared.zip"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(shared, "new");
        assertThat(Files.readString(shared)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");

        Path fresh = dir.resolve("fresh.zip");
        AtomicFiles.writeString(fresh, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void staleTemporaryFilesOfAKilledSaveAreRemovedByTheNextSave() throws IOException {
        Path stale = Files.writeString(dir.resolve(".model.zip.8123456789.tmp"), "half a model");
        Path otherStale = Files.writeString(dir.resolve(".settings.json.77.tmp"), "half");
        Path recent = Files.writeString(dir.resolve(".other.zip.5.tmp"), "a save in progress right now");
        Path unrelated = Files.writeString(dir.resolve(".keep.tmp"), "not ours");
        FileTime old = FileTime.from(Instant.now().minusSeconds(3600));
        for (Path p : new Path[] {stale, otherStale, unrelated}) {
            Files.setLastModifiedTime(p, old);
        }
        AtomicFiles.writeString(dir.resolve("model.zip"), "whole model");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("model.zip", ".other.zip.5.tmp", ".keep.tmp");
        }
        assertThat(recent).exists();
    }
}
