package org.neurallab.lab.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;
import org.neurallab.app.autosave.AutoSaveSlot;
import org.neurallab.app.autosave.SlotKind;
import org.neurallab.engine.Engine;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.Shapes;
import org.neurallab.io.ModelFile;
import org.neurallab.io.ModelFileException;
import org.neurallab.io.ModelInfo;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.run.RunController;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.settings.ModelPreset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the Training lab's trained-but-unsaved model in the autosave folder, in the usual model format
 * ({@link ModelFile}): written on the lab's worker when a run ends (finished or stopped), removed when the model
 * is saved deliberately, and handed back to the lab like a loaded model when the user restores it.
 */
public final class TrainingAutoSave {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingAutoSave.class);
    private static final int CLASSES = 10;

    /** The slot: {@code autosave/training-model.zip}. */
    public static final SlotKind<SavedModel> KIND = new SlotKind<>("training-model", "training", "training-model"
            + ModelFile.EXTENSION, TrainingAutoSave::write, TrainingAutoSave::read);

    private final TrainingView view;
    private final AutoSaveSlot<SavedModel> slot;
    /** The model last written, saved or restored: it is not written again. */
    private Sequential handled;
    private SavedModel waiting;

    private TrainingAutoSave(TrainingView view, AutoSaveSlot<SavedModel> slot) {
        this.view = view;
        this.slot = slot;
    }

    /** Connects the lab to its slot (FX thread, when the lab's view is made). */
    public static void attach(TrainingView view, AutoSaveSlot<SavedModel> slot) {
        TrainingAutoSave keeper = new TrainingAutoSave(view, slot);
        RunController controller = view.controller();
        slot.track(keeper::capture, controller.worker());
        controller.phaseProperty().addListener((o, before, now) -> {
            // a run ended (not an evaluation of a loaded model): its model is new and nobody saved it
            if (now == Phase.IDLE && before != Phase.EVALUATING) {
                keeper.runEnded();
            }
        });
        view.files().setAfterSave(() -> {
            keeper.handled = keeper.currentModel();
            slot.clear();
        });
        slot.onRestore(keeper::restore);
    }

    private void runEnded() {
        if (waiting != null) {
            SavedModel restore = waiting;
            waiting = null;
            restore(restore);
            return;
        }
        Sequential model = currentModel();
        if (model != null && model != handled) {
            slot.saveNow();
        }
    }

    private SavedModel capture() {
        RunController controller = view.controller();
        if (!controller.hasModel() || controller.phase() != Phase.IDLE && controller.phase() != Phase.EVALUATING) {
            return null; // never a model in the middle of its training
        }
        SavedModel saved = controller.snapshot();
        handled = saved.model();
        return saved;
    }

    private Sequential currentModel() {
        return view.controller().hasModel() ? view.controller().snapshot().model() : null;
    }

    private void restore(SavedModel saved) {
        if (view.controller().phase() != Phase.IDLE) {
            waiting = saved; // after the run that is going
            return;
        }
        handled = saved.model();
        view.restoreModel(saved);
    }

    /** A diverged model (NaN or infinite weights) is not kept: it could not be loaded again. */
    private static void write(Path file, SavedModel saved) throws IOException {
        boolean finite = saved.model().params().stream()
                .allMatch(p -> p.value().length() == 0 || BooleanIndexing.and(p.value(), Conditions.isFinite()));
        if (!finite) {
            LOG.info("Not autosaving the model: its weights are not finite (the run diverged)");
            return;
        }
        ModelFile.save(file, saved);
    }

    /** Reads the file like the lab's Open: it must take 28x28 images and give the 10 classes. */
    static SavedModel read(Path file) throws IOException {
        Engine.warmUp();
        ModelInfo info = ModelFile.peek(file);
        if (!Arrays.equals(info.spec().inputShape(), ModelPreset.IMAGE_SHAPE) || info.classNames().size() != CLASSES) {
            throw new ModelFileException(file, "the model takes " + Shapes.format(info.spec().inputShape()) + " and gives "
                    + info.classNames().size() + " classes; the Training lab needs " + Shapes.format(ModelPreset.IMAGE_SHAPE)
                    + " and " + CLASSES);
        }
        return ModelFile.load(file);
    }
}
