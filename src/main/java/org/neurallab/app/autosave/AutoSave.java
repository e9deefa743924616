package org.neurallab.app.autosave;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.neurallab.io.ModelFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nothing lost: what the labs have not saved (a trained model, the taught classes, the Playground setup) is kept
 * in {@code <settings folder>/autosave/} and offered back at the next start.
 *
 * <p>Each lab registers a {@link SlotKind} when the app starts; a file the last session left behind is then moved
 * to {@code autosave/offered/}, so this session's autosaves cannot overwrite it before the user has answered.
 * {@link #findOffers()} reads the offered files in the background with the labs' own loaders: a readable one
 * becomes an {@link Offer} (Restore / Discard), an unreadable one is renamed {@code *.unreadable} and reported once
 * as a {@link Problem} (the shell's RestoreBanner shows both). Writes happen in the background, at the labs' moments, every {@link #INTERVAL_PROPERTY}
 * seconds (default 120) while something is dirty, and at close ({@link #close()}), never per frame.
 */
public final class AutoSave implements AutoCloseable {
    public static final String FOLDER = "autosave";
    public static final String OFFERED = "offered";
    public static final String SET_ASIDE_SUFFIX = ".unreadable";
    /** System property: seconds between two autosaves of a dirty lab. */
    public static final String INTERVAL_PROPERTY = "neurallab.autosave.seconds";
    private static final Logger LOG = LoggerFactory.getLogger(AutoSave.class);

    /** Last session's unsaved work, read and checked, waiting for Restore or Discard. */
    public record Offer<T>(AutoSaveSlot<T> slot, Instant savedAt, T value, Path file) {
    }

    /** Last session's file that could not be read: set aside, reported once. */
    public record Problem(String slotId, Instant savedAt, String reason, Path setAsideAs) {
    }

    private final Path folder;
    private final Path offeredFolder;
    private final Executor background;
    private final Map<String, AutoSaveSlot<?>> slots = new LinkedHashMap<>();
    private final ObservableList<Offer<?>> offers = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private Timeline timer;

    /**
     * @param settingsFolder the app's settings folder; the autosaves go in its {@code autosave} folder
     * @param background     where files are written and read (a worker of the app's training service)
     */
    public AutoSave(Path settingsFolder, Executor background) {
        this.folder = settingsFolder.resolve(FOLDER);
        this.offeredFolder = folder.resolve(OFFERED);
        this.background = background;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Adds a lab's slot (FX thread, when the app starts), and moves the file the last session left in it to the
     * offered folder, replacing an older offered one that was never answered.
     */
    public synchronized <T> AutoSaveSlot<T> register(SlotKind<T> kind) {
        if (slots.containsKey(kind.id())) {
            throw new IllegalArgumentException("autosave slot " + kind.id() + " is registered twice");
        }
        AutoSaveSlot<T> slot = new AutoSaveSlot<>(kind, folder.resolve(kind.fileName()), background);
        slots.put(kind.id(), slot);
        Path left = slot.file();
        if (Files.isRegularFile(left, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(offeredFolder);
                Files.move(left, offeredFolder.resolve(kind.fileName()), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not keep last session's autosave {}: {}", left, e.toString());
            }
        }
        return slot;
    }

    public Optional<AutoSaveSlot<?>> slot(String id) {
        return Optional.ofNullable(slots.get(id));
    }

    /** Readable autosaves of the last session, in registration order (FX thread). */
    public ObservableList<Offer<?>> offers() {
        return offers;
    }

    /** Unreadable ones, each reported once (FX thread); the banner removes a problem once it was shown. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Reads every offered file in the background; the results arrive on the FX thread. */
    public void findOffers() {
        List<AutoSaveSlot<?>> registered;
        synchronized (this) {
            registered = new ArrayList<>(slots.values());
        }
        for (AutoSaveSlot<?> slot : registered) {
            Path file = offeredFolder.resolve(slot.kind().fileName());
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                background.execute(() -> read(slot, file));
            }
        }
    }

    private <T> void read(AutoSaveSlot<T> slot, Path file) {
        Instant savedAt;
        try {
            savedAt = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            savedAt = Instant.now();
        }
        try {
            T value = slot.kind().reader().read(file);
            Offer<T> offer = new Offer<>(slot, savedAt, value, file);
            Platform.runLater(() -> offers.add(offer));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            String reason = reason(e).replace(file.toString(), file.getFileName().toString());
            Path aside = file.resolveSibling(file.getFileName() + SET_ASIDE_SUFFIX);
            LOG.warn("Last session's autosave {} cannot be read ({}); set aside as {}", file, reason, aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not set aside {}: {}", file, moveFailed.toString());
            }
            Problem problem = new Problem(slot.kind().id(), savedAt, reason, aside);
            Platform.runLater(() -> problems.add(problem));
        }
    }

    /** The problem without the file's path (the banner names the file), at most 200 characters. */
    private static String reason(Throwable e) {
        String text = e instanceof ModelFileException m ? m.problem()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * Restore: the value goes to its lab (now, or when the lab is first opened). The file becomes this session's
     * autosave again unless the lab has written a newer one since.
     */
    public <T> void restore(Offer<T> offer) {
        offers.remove(offer);
        offer.slot().deliver(offer.value());
        Path current = offer.slot().file();
        boolean touched = offer.slot().touched();
        background.execute(() -> {
            try {
                if (!touched && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(offer.file(), current);
                } else {
                    Files.deleteIfExists(offer.file());
                }
            } catch (IOException e) {
                LOG.warn("Could not move the restored autosave {}: {}", offer.file(), e.toString());
            }
        });
    }

    /** Discard: the offered file is deleted. */
    public void discard(Offer<?> offer) {
        offers.remove(offer);
        background.execute(() -> {
            try {
                Files.deleteIfExists(offer.file());
            } catch (IOException e) {
                LOG.warn("Could not delete the autosave {}: {}", offer.file(), e.toString());
            }
        });
    }

    /** Starts the timer that writes dirty labs (FX thread). */
    public void start() {
        if (timer != null) {
            return;
        }
        double seconds = Math.max(1, Double.parseDouble(System.getProperty(INTERVAL_PROPERTY, "120")));
        timer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> flushAll()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Writes every dirty lab in the background (FX thread). */
    public void flushAll() {
        for (AutoSaveSlot<?> slot : List.copyOf(slots.values())) {
            slot.flush(false);
        }
    }

    /** The window closes: every dirty lab is written here and now, and the timer stops (FX thread). */
    @Override
    public void close() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
        for (AutoSaveSlot<?> slot : List.copyOf(slots.values())) {
            slot.flush(true);
        }
    }
}
