package org.neurallab.lab.playground.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points files that are too long, not UTF-8, not files, or that carry enormous values. */
class HostilePointsCsvTest {
    @TempDir
    Path dir;

    /** 100 million rows without writing them: a stream that makes them up as it is read, and counts. */
    private static final class EndlessRows extends InputStream {
        private final byte[] row = "1.5,-2,1\n".getBytes(StandardCharsets.US_ASCII);
        long given;
        private int pos;

        @Override
        public int read() {
            if (given >= 100_000_000L * row.length) {
                return -1;
            }
            given++;
            int b = row[pos];
            pos = (pos + 1) % row.length;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (given > 20_000_000) {
                throw new AssertionError("read " + given + " bytes: the whole file is being read before the limit");
            }
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    @Test
    void hundredMillionRowsStopAtTheLimitWithoutReadingThemAll() {
        EndlessRows rows = new EndlessRows();
        assertThatThrownBy(() -> PointsCsv.read(new SequenceInputStream(
                new java.io.ByteArrayInputStream("x1,x2,label\n".getBytes(StandardCharsets.US_ASCII)), rows),
                ProblemType.CLASSIFICATION))
                .isInstanceOf(PointsCsvException.class).hasMessageContaining("at most 5000");
        assertThat(rows.given).isLessThan(1_000_000);
    }

    @Test
    void latin1TextIsCalledNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("caf\u00e9.csv"), "x1,x2,label\n# caf\u00e9\n1,2,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PointsCsv.read(file, ProblemType.CLASSIFICATION))
                .isInstanceOf(PointsCsvException.class)
                .hasMessageContaining("not UTF-8 text").hasMessageNotContaining("Input length");
    }

    @Test
    void aFolderOrAPipeIsNotReadAsPoints() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("points.csv"));
        assertThatThrownBy(() -> PointsCsv.read(folder, ProblemType.CLASSIFICATION))
                .isInstanceOf(IOException.class).hasMessageContaining("folder");
        Path fifo = dir.resolve("pipe.csv");
        org.neurallab.io.AtomicFilesTestSupport.mkfifo(fifo);
        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> PointsCsv.read(fifo, ProblemType.CLASSIFICATION)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file");
    }

    @Test
    void aHugeBadValueIsQuotedShort() {
        String value = "9".repeat(30_000_000);
        assertThatThrownBy(() -> PointsCsv.parse("x1,x2,label\n" + value + ",1,1\n", ProblemType.CLASSIFICATION))
                .isInstanceOf(PointsCsvException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("line 2"));
    }
}
