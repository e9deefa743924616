package org.neurallab.app.autosave;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One kind of unsaved work a lab keeps in the autosave folder: its file name and how that file is written and
 * read. The reader is the lab's ordinary loader, with all its checks of sizes and shapes.
 *
 * @param id       stable name, also the bundle key suffix of the offer ({@code autosave.offer.<id>})
 * @param labId    the lab that restores it (the shell opens that lab first)
 * @param fileName the file in the autosave folder, such as {@code training-model.zip}
 * @param <T>      what the lab keeps (a model, a class set, a configuration)
 */
public record SlotKind<T>(String id, String labId, String fileName, Writer<T> writer, Reader<T> reader) {

    /** Writes the value to the file atomically (temp file then move). */
    @FunctionalInterface
    public interface Writer<T> {
        void write(Path file, T value) throws IOException;
    }

    /** Reads and checks a file; any problem is an exception, never a half-read value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file) throws IOException;
    }

    public SlotKind {
        if (id == null || !id.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("slot id must be lower-case letters and dashes, got " + id);
        }
        if (fileName == null || fileName.contains("/") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("slot file must be a plain file name, got " + fileName);
        }
        if (labId == null || writer == null || reader == null) {
            throw new IllegalArgumentException("slot " + id + " needs a lab, a writer and a reader");
        }
    }
}
