package org.neurallab.lab.digits.teach;

import java.io.IOException;
import java.nio.file.Path;

/** A class-set file that cannot be read; the message names the file and what is wrong with it. */
public final class ClassSetFileException extends IOException {
    private final transient Path file;

    public ClassSetFileException(Path file, String problem, Throwable cause) {
        super("cannot read class set " + file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
