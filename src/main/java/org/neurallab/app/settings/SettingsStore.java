package org.neurallab.app.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurallab.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as {@code settings.json} in the settings folder:
 * system property {@code neurallab.settings} if set, else {@code ~/.neurallab/}.
 * A broken file never stops the app: it is logged and the defaults are used.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    public SettingsStore(Path folder) {
        if (folder == null) {
            throw new IllegalArgumentException("settings folder must not be null");
        }
        this.folder = folder;
    }

    /** The store in the folder named by {@code -Dneurallab.settings}, or {@code ~/.neurallab}. */
    public static SettingsStore standard() {
        String configured = System.getProperty("neurallab.settings");
        Path folder = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".neurallab");
        return new SettingsStore(folder);
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** The saved settings, or defaults if there is no file or it cannot be read. */
    public AppSettings load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new AppSettings();
        }
        try {
            AppSettings loaded = json.readValue(file.toFile(), AppSettings.class);
            return loaded != null ? loaded : new AppSettings();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Settings file {} is unreadable ({}); using defaults", file, e.getMessage());
            return new AppSettings();
        }
    }

    /**
     * Writes to a temporary file, syncs it and moves it over the old one ({@link AtomicFiles}), so a crash or a
     * power cut never leaves half a file.
     */
    public void save(AppSettings settings) {
        try {
            AtomicFiles.write(file(), out -> json.writeValue(out, settings));
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file(), e.getMessage());
        }
    }

    /** The folder holding the settings, the log files, the single-instance lock and what the labs keep between
     *  runs (e.g. an active lesson). */
    public Path folder() {
        return folder;
    }
}
