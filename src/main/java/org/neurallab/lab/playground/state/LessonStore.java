package org.neurallab.lab.playground.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the active lesson (with the configuration it was set on) in the settings folder, so that closing
 * and reopening the app does not end a lesson. Written atomically whenever the lesson changes; removed when
 * the lesson is removed.
 */
public final class LessonStore {
    public static final String FILE_NAME = "playground-lesson.json";
    private static final Logger LOG = LoggerFactory.getLogger(LessonStore.class);
    private final Path file;

    public LessonStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The configuration of the lesson that was active when the app closed, if there is one and it can be read. */
    public Optional<PlaygroundConfig> restore() {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            PlaygroundConfig config = ConfigJson.load(file);
            return config.getLesson().active() ? Optional.of(config) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved lesson {} cannot be read; starting without it: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Saves the configuration when its lesson is active (without trained weights), or forgets the lesson. */
    public void save(PlaygroundConfig config) {
        try {
            if (config.getLesson().active()) {
                PlaygroundConfig copy = config.copy();
                copy.setWeights(null);
                copy.setEpoch(0);
                Files.createDirectories(file.getParent());
                ConfigJson.save(file, copy);
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The lesson could not be kept in {}: {}", file, e.getMessage());
        }
    }
}
