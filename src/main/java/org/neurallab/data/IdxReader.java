package org.neurallab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads gzipped IDX files (the MNIST file format). The header is read with a DataInputStream (big-endian),
 * the body in bulk chunks of at most 4 MB, so 47 MB of training pixels take a fraction of a second and a
 * header that claims more data than the file holds costs no more memory than the data really there.
 */
public final class IdxReader {
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;
    private static final int BUFFER = 1 << 16;
    private static final int CHUNK = 4 << 20;

    private IdxReader() {
    }

    /** Reads an image file (magic 0x00000803, count, rows, cols, pixels). */
    public static IdxImages readImages(Path file) {
        try (DataInputStream in = open(file)) {
            checkMagic(file, readHeaderInt(file, in), IMAGES_MAGIC, "images");
            int count = readHeaderInt(file, in);
            int rows = readHeaderInt(file, in);
            int cols = readHeaderInt(file, in);
            if (count < 0 || rows <= 0 || cols <= 0) {
                throw error(file, "has an invalid header: count " + count + ", rows " + rows + ", cols " + cols);
            }
            long size = (long) count * rows * cols;
            if (size > Integer.MAX_VALUE - 8) {
                throw error(file, "is too large: " + count + " images of " + rows + "x" + cols);
            }
            return new IdxImages(count, rows, cols, readBody(file, in, (int) size));
        } catch (IOException e) {
            throw ioError(file, e);
        }
    }

    /** Reads a label file (magic 0x00000801, count, one byte per label). */
    public static byte[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            checkMagic(file, readHeaderInt(file, in), LABELS_MAGIC, "labels");
            int count = readHeaderInt(file, in);
            if (count < 0) {
                throw error(file, "has a negative label count " + count);
            }
            return readBody(file, in, count);
        } catch (IOException e) {
            throw ioError(file, e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw error(file, "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw error(file, Files.exists(file) ? "is not a regular file (a device, pipe or socket)"
                    : "does not exist");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            return new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER));
        } catch (EOFException e) {
            raw.close();
            long size = Files.size(file);
            throw error(file, size == 0 ? "is empty (0 bytes), not a gzip file"
                    : "is not a gzip file (it is only " + size + " bytes long)", e);
        } catch (ZipException e) {
            raw.close();
            throw error(file, "is not a gzip file (it does not start with the gzip signature 1F 8B)", e);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private static int readHeaderInt(Path file, DataInputStream in) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw error(file, "is truncated: the IDX header ends early", e);
        }
    }

    private static void checkMagic(Path file, int found, int expected, String what) {
        if (found != expected) {
            throw error(file, String.format("has the wrong magic number for %s: expected 0x%08X, found 0x%08X",
                    what, expected, found));
        }
    }

    /**
     * Reads exactly {@code expected} bytes in chunks; fewer bytes means the file is truncated. Memory
     * grows with the bytes found, not with the count the header claims.
     */
    private static byte[] readBody(Path file, DataInputStream in, int expected) throws IOException {
        java.util.List<byte[]> chunks = new java.util.ArrayList<>();
        int found = 0;
        while (found < expected) {
            byte[] chunk = in.readNBytes(Math.min(CHUNK, expected - found));
            found += chunk.length;
            chunks.add(chunk);
            if (chunk.length == 0) {
                break;
            }
        }
        if (found < expected) {
            throw error(file, "is truncated: expected " + expected + " data bytes, found " + found);
        }
        if (chunks.size() == 1) {
            return chunks.get(0);
        }
        byte[] body = new byte[expected];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, body, at, chunk.length);
            at += chunk.length;
        }
        return body;
    }

    private static DatasetFormatException ioError(Path file, IOException e) {
        if (e instanceof ZipException || e instanceof EOFException) {
            return error(file, "is a corrupt or truncated gzip file (" + e.getMessage() + ")", e);
        }
        return error(file, "cannot be read: " + e.getMessage(), e);
    }

    static DatasetFormatException error(Path file, String problem) {
        return new DatasetFormatException("Dataset file " + file + " " + problem);
    }

    static DatasetFormatException error(Path file, String problem, Throwable cause) {
        return new DatasetFormatException("Dataset file " + file + " " + problem, cause);
    }
}
