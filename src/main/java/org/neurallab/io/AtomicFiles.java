package org.neurallab.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final String TEMP_SUFFIX = ".tmp";
    /** What {@link Files#createTempFile} makes of our prefix and suffix: .model.zip.123456789.tmp */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.-?\\d+\\.tmp");
    private static final long STALE_AFTER_MS = 60_000;
    private static final Set<PosixFilePermission> NEW_FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");

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
        Set<PosixFilePermission> mode = checkTarget(absolute);
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaryFiles(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                 BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 16)) {
                writer.accept(new UnclosableStream(buffered));
                buffered.flush();
                // Reach the disk before the rename, or a power cut could leave an empty "new" file.
                file.getFD().sync();
            }
            if (mode != null) {
                Files.setPosixFilePermissions(temp, mode);
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

    /**
     * Checks, without creating anything, that a save to {@code target} can work: the target is a
     * regular file or does not exist yet (never a folder, link, device or pipe), and its nearest
     * existing parent is a writable folder. Call it before long work whose result is to be saved.
     *
     * @return the permissions the saved file will get: the existing file's, or rw-r--r-- for a new
     *         one (null where the file system has no POSIX permissions)
     * @throws IOException naming the path and the problem
     */
    public static Set<PosixFilePermission> checkTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attrs = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                throw new IOException("cannot save to " + absolute + ": it is a folder");
            }
            if (attrs.isSymbolicLink()) {
                throw new IOException("cannot save to " + absolute + ": it is a symbolic link; give the real file's path");
            }
            if (!attrs.isRegularFile()) {
                throw new IOException("cannot save to " + absolute + ": it is not a regular file (a device, pipe or socket)");
            }
            checkFolder(absolute.getParent(), absolute);
            return posix ? Files.getPosixFilePermissions(absolute, LinkOption.NOFOLLOW_LINKS) : null;
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        checkFolder(parent, absolute);
        return posix ? NEW_FILE_MODE : null;
    }

    private static void checkFolder(Path folder, Path target) throws IOException {
        if (folder == null) {
            throw new IOException("cannot save to " + target + ": it has no existing parent folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot save to " + target + ": " + folder + " is a file, not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("cannot save to " + target + ": the folder " + folder + " is not writable");
        }
    }

    /**
     * Deletes the temporary files of saves that were killed half way ({@code .NAME.NUMBER.tmp}).
     * Only files untouched for a minute go, so a save running right now in another thread or
     * process keeps its temporary file.
     */
    private static void removeStaleTemporaryFiles(Path dir) {
        long cutoff = System.currentTimeMillis() - STALE_AFTER_MS;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir,
                p -> TEMP_NAME.matcher(p.getFileName().toString()).matches())) {
            for (Path p : temps) {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isRegularFile() && attrs.lastModifiedTime().toMillis() < cutoff) {
                    Files.deleteIfExists(p);
                    LOG.info("Removed {}, left by an interrupted save", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not clean up temporary files in {}", dir, e);
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
