package org.neurallab.io;

import java.io.IOException;
import java.nio.file.Path;

/** Shared by tests of other packages that need a FIFO. */
public final class AtomicFilesTestSupport {
    private AtomicFilesTestSupport() {
    }

    /** Makes a named pipe with mkfifo (Linux); the test is skipped where that is impossible. */
    public static void mkfifo(Path path) throws IOException, InterruptedException {
        AtomicFilesTargetTest.mkfifo(path);
    }
}
