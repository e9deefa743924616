package org.neurallab.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written file: the bytes go to a temporary file in the same directory, which is synced to disk
 * and then moved over the target. If anything fails, the temporary file is deleted and the old file
 * (if any) is untouched. Used for model files, settings, CSV exports and saved lab states.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /**
     * Creates or replaces {@code target} with whatever {@code writer} writes. Missing parent
     * directories are created. The stream handed to the writer must not be kept after it returns;
     * closing it is allowed but not needed.
     *
     * @throws IOException whatever the writer or the file system throws; the target is then unchanged
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 16)) {
                writer.accept(new UnclosableStream(buffered));
                buffered.flush();
                // Reach the disk before the rename, or a power cut could leave an empty "new" file.
                file.getFD().sync();
            }
            move(temp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not delete temporary file {}", temp, e);
                }
            }
        }
    }

    /** Creates or replaces {@code target} with the text, encoded as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, a few USB sticks) cannot rename atomically.
            LOG.debug("Atomic move not supported for {}; replacing non-atomically", to);
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Lets writers close "their" stream (ZipOutputStream does) without closing ours before the sync. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
