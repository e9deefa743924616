package org.neurallab.lab.digits.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.app.autosave.SlotKind;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.teach.ClassSetFile;
import org.neurallab.lab.digits.teach.ClassSetFileException;

/**
 * Keeps the classes taught in the Digits lab (names and drawings) in the autosave folder, as the same file its Save
 * writes: every few minutes after they changed and when the window closes. A Save removes it; restoring puts the
 * classes back on screen (teach again to get their model: it takes seconds). The corrections of the Fix tab are
 * kept by the lab itself, per data set.
 */
public final class TeachAutoSave {
    /** The slot: {@code autosave/digits-classes.json}. */
    public static final SlotKind<ClassSet> KIND = new SlotKind<>("digits-classes", "digits", "digits-classes"
            + ClassSetFile.EXTENSION, ClassSetFile::save, TeachAutoSave::read);

    private final TeachPanel teach;
    /** What was on screen when last written or saved: names and the drawings themselves (compared by identity). */
    private List<Object> written;

    private TeachAutoSave(TeachPanel teach) {
        this.teach = teach;
        this.written = fingerprint();
    }

    /** Connects the lab to its slot (FX thread, when the lab's view is made). */
    public static void attach(DigitsView view, AutoSaveSlot<ClassSet> slot) {
        TeachAutoSave keeper = new TeachAutoSave(view.teachPanel());
        slot.track(keeper::capture);
        slot.changedWhen(() -> !keeper.fingerprint().equals(keeper.written));
        view.teachPanel().setAfterSave(() -> {
            keeper.written = keeper.fingerprint();
            slot.clear();
        });
        slot.onRestore(set -> {
            view.teachPanel().setClasses(set);
            keeper.written = keeper.fingerprint();
        });
    }

    static ClassSet read(Path file) throws IOException {
        ClassSet set = ClassSetFile.load(file);
        if (set.size() < ClassSet.MIN_CLASSES) {
            throw new ClassSetFileException(file, "it holds " + set.size() + " classes; at least "
                    + ClassSet.MIN_CLASSES + " are needed", null);
        }
        return set;
    }

    /** The classes, or null while no class has a drawing (nothing worth keeping). */
    private ClassSet capture() {
        written = fingerprint();
        ClassSet set = teach.classSet();
        return set.classes().stream().anyMatch(c -> !c.samples().isEmpty()) ? set : null;
    }

    private List<Object> fingerprint() {
        List<Object> parts = new ArrayList<>();
        for (ClassEditor editor : teach.editors()) {
            parts.add(editor.nameProperty().get());
            parts.add(List.copyOf(editor.samples()));
        }
        return parts;
    }
}
