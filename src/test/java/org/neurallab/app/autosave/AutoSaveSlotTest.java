package org.neurallab.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.io.AtomicFiles;

/** The slot's file work without a window: when it writes, in which order, and what happens at start and close. */
class AutoSaveSlotTest {
    private static final SlotKind<String> NOTE = new SlotKind<>("note", "lab", "note.txt",
            AtomicFiles::writeString, Files::readString);

    @TempDir
    Path settings;

    private final List<Runnable> queued = new ArrayList<>();
    private final String[] state = {"first"};

    @Test
    void writesOnlyWhenDirtyAndAnOlderWriteNeverReplacesANewerOne() throws Exception {
        AutoSave autoSave = new AutoSave(settings, queued::add);
        AutoSaveSlot<String> slot = autoSave.register(NOTE);
        slot.track(() -> state[0]);
        autoSave.flushAll();
        assertThat(queued).as("nothing changed: nothing to write").isEmpty();

        slot.saveNow();
        state[0] = "second";
        slot.markDirty();
        autoSave.flushAll();
        assertThat(slot.isDirty()).isFalse();
        assertThat(queued).hasSize(2);
        // the background runs them late and out of order: the newer content stays
        Collections.reverse(queued);
        queued.forEach(Runnable::run);
        assertThat(Files.readString(slot.file())).isEqualTo("second");

        queued.clear();
        state[0] = "third";
        slot.saveNow();
        slot.clear(); // saved deliberately right after
        Collections.reverse(queued);
        queued.forEach(Runnable::run);
        assertThat(slot.file()).doesNotExist();
    }

    @Test
    void quietChangesAreAskedForAtEachTick() throws Exception {
        AutoSave autoSave = new AutoSave(settings, Runnable::run);
        AutoSaveSlot<String> slot = autoSave.register(NOTE);
        boolean[] training = {false};
        slot.track(() -> state[0]);
        slot.changedWhen(() -> training[0]);
        autoSave.flushAll();
        assertThat(slot.file()).doesNotExist();
        training[0] = true;
        autoSave.flushAll();
        assertThat(Files.readString(slot.file())).isEqualTo("first");
    }

    @Test
    void lastSessionsFileIsKeptForTheOfferAndCloseWritesHereAndNow() throws Exception {
        Path left = settings.resolve(AutoSave.FOLDER).resolve("note.txt");
        Files.createDirectories(left.getParent());
        Files.writeString(left, "from last time");
        // the background is already shut down when the window closes
        AutoSave autoSave = new AutoSave(settings, task -> {
            throw new RejectedExecutionException("shut down");
        });
        AutoSaveSlot<String> slot = autoSave.register(NOTE);
        assertThat(left).doesNotExist();
        assertThat(Files.readString(settings.resolve(AutoSave.FOLDER).resolve(AutoSave.OFFERED).resolve("note.txt")))
                .isEqualTo("from last time");

        slot.track(() -> state[0]);
        slot.markDirty();
        autoSave.close();
        assertThat(Files.readString(slot.file())).isEqualTo("first");
        assertThat(slot.isDirty()).isFalse();
    }
}
