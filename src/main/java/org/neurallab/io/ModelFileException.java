package org.neurallab.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read: not a zip, damaged, written by a newer version, or with weights
 * that do not fit its architecture. The message names the file and the problem; {@link #problem()}
 * is the problem alone, for a dialog that already shows the file name.
 */
public final class ModelFileException extends IOException {
    private final transient Path file;
    private final String problem;

    public ModelFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super("Cannot read model file '" + file + "': " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
