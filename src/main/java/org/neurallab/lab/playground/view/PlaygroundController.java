package org.neurallab.lab.playground.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.PlaygroundSession;
import org.neurallab.lab.playground.TrainingLoop;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.PointsCsv;
import org.neurallab.lab.playground.data.PointsCsvException;
import org.neurallab.lab.playground.data.TrainTestSplit;
import org.neurallab.lab.playground.state.ConfigException;
import org.neurallab.lab.playground.state.ConfigJson;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FX side's copy of the playground's settings and the one place that changes them. Every change
 * is tried on a copy first; if the copy is refused (a bad value, a network that cannot be built, a
 * corrupt file) the message property explains it and the current playground stays exactly as it was.
 */
final class PlaygroundController implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundController.class);

    /** How much a change needs redone. */
    enum Kind {
        /** New network (and data): weights start again from the seed. */
        STRUCTURE,
        /** Learning rate, optimizer, penalty, batch size: applied to the running network. */
        TRAINING,
        /** Colours and what is drawn; the lesson. */
        DISPLAY
    }

    private final ObjectProperty<PlaygroundConfig> config = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainTestSplit> points = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final TrainingLoop loop;
    private Runnable afterSave = () -> { };
    /** Incremented when a new network replaces the old one (the chart starts again). */
    private final SimpleObjectProperty<Long> generation = new SimpleObjectProperty<>(0L);

    PlaygroundController(PlaygroundConfig initial, org.neurallab.train.TrainingWorker worker) {
        PlaygroundSession session = PlaygroundSession.start(initial);
        config.set(initial.copy());
        points.set(session.points());
        loop = new TrainingLoop(session, worker);
    }

    ReadOnlyObjectProperty<PlaygroundConfig> configProperty() {
        return config;
    }

    /** A copy of the current settings. */
    PlaygroundConfig config() {
        return config.get().copy();
    }

    ReadOnlyObjectProperty<TrainTestSplit> pointsProperty() {
        return points;
    }

    private final BooleanProperty teacherUnlocked = new SimpleBooleanProperty(this, "teacherUnlocked", false);

    StringProperty messageProperty() {
        return message;
    }

    SimpleObjectProperty<Long> generationProperty() {
        return generation;
    }

    TrainingLoop loop() {
        return loop;
    }

    /**
     * Applies {@code edit} to a copy of the settings; on success makes it current.
     *
     * @return false (with the message set) if the edit was refused
     */
    boolean change(Kind kind, Consumer<PlaygroundConfig> edit) {
        PlaygroundConfig next = config();
        try {
            edit.accept(next);
            if (lessonLocked() && !next.getLesson().equals(config.get().getLesson())) {
                message.set(I18n.get().text("playground.lesson.lockedRefused"));
                return false;
            }
            if (kind == Kind.STRUCTURE) {
                next.setWeights(null);
                next.setEpoch(0);
                PlaygroundSession session = PlaygroundSession.start(next);
                loop.replace(session);
                points.set(session.points());
                generation.set(generation.get() + 1);
            } else if (kind == Kind.TRAINING) {
                PlaygroundConfig applied = next.copy();
                loop.edit(s -> s.applyHyperParameters(applied));
            } else {
                loop.setDisplay(next.getPalette(), next.isDiscretize());
            }
        } catch (IllegalArgumentException e) {
            message.set(I18n.get().text("playground.error.refused", e.getMessage()));
            return false;
        }
        config.set(next);
        message.set("");
        return true;
    }

    void reset() {
        change(Kind.STRUCTURE, c -> { });
    }

    /** Replaces the points (painted, clicked, cleared, imported); the network keeps training on them. */
    void setPoints(List<DataPoint> train, List<DataPoint> test) {
        PlaygroundConfig next = config();
        next.setPoints(train, test);
        List<DataPoint> t = List.copyOf(train);
        List<DataPoint> s = List.copyOf(test);
        loop.edit(session -> session.setPoints(t, s));
        config.set(next);
        points.set(new TrainTestSplit(t, s));
    }

    void addTrainingPoint(DataPoint p) {
        List<DataPoint> train = new ArrayList<>(points.get().train());
        train.add(p);
        setPoints(train, points.get().test());
    }

    void clearPoints() {
        setPoints(List.of(), List.of());
    }

    /** The settings with the current weights and epoch, as a save writes them. */
    PlaygroundConfig snapshot() {
        PlaygroundConfig trained = loop.ask(PlaygroundSession::snapshotConfig).join();
        PlaygroundConfig c = config();
        c.setWeights(trained.getWeights());
        c.setEpoch(trained.getEpoch());
        return c;
    }

    String toText() {
        return ConfigJson.toJson(snapshot());
    }

    void save(Path file) throws IOException {
        ConfigJson.save(file, snapshot());
        afterSave.run();
    }

    /** Told after a deliberate save (the autosave is then no longer needed). */
    void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /** Loads a configuration from text; refused text leaves everything as it was. */
    boolean loadText(String text) {
        try {
            return install(ConfigJson.fromJson(text));
        } catch (ConfigException e) {
            message.set(explain(e));
            return false;
        }
    }

    boolean load(Path file) {
        try {
            return install(ConfigJson.load(file));
        } catch (ConfigException e) {
            message.set(explain(e));
        } catch (IOException e) {
            LOG.warn("Cannot read playground file {}", file, e);
            message.set(I18n.get().text("playground.error.read", file.getFileName(), e.getMessage()));
        }
        return false;
    }

    /** Makes a configuration current (an opened file, a restored autosave); false with a message if refused. */
    boolean install(PlaygroundConfig loaded) {
        boolean keepLesson = lessonLocked();
        if (keepLesson) { // a student who opens another file keeps the teacher's lesson
            loaded.setLesson(config.get().getLesson());
        }
        PlaygroundSession session;
        try {
            session = PlaygroundSession.start(loaded);
        } catch (IllegalArgumentException e) {
            message.set(I18n.get().text("playground.error.invalidFile", e.getMessage()));
            return false;
        }
        loop.pause();
        loop.replace(session);
        loop.setDisplay(loaded.getPalette(), loaded.isDiscretize());
        config.set(loaded.copy());
        points.set(session.points());
        generation.set(generation.get() + 1);
        message.set(keepLesson ? I18n.get().text("playground.lesson.kept") : "");
        return true;
    }

    /** True while a teacher's PIN protects the lesson and nobody has unlocked it. */
    boolean lessonLocked() {
        return config.get().getLesson().pinProtected() && !teacherUnlocked.get();
    }

    /** Opens the lesson for changes when the PIN is right; false (nothing changes) otherwise. */
    boolean unlock(String pin) {
        if (!config.get().getLesson().unlockedBy(pin)) {
            return false;
        }
        teacherUnlocked.set(true);
        return true;
    }

    /** Locks a PIN-protected lesson again (after the teacher applied changes). */
    void relock() {
        teacherUnlocked.set(false);
    }

    ReadOnlyBooleanProperty teacherUnlockedProperty() {
        return teacherUnlocked;
    }

    private static String explain(ConfigException e) {
        switch (e.reason()) {
            case NEWER_VERSION: return I18n.get().text("playground.error.newerFile", e.getMessage());
            case CORRUPT: return I18n.get().text("playground.error.corruptFile", e.getMessage());
            default: return I18n.get().text("playground.error.invalidFile", e.getMessage());
        }
    }

    /** Reads points from a CSV file into the training set (keeping a share for testing as configured). */
    boolean importPoints(Path file) {
        try {
            List<DataPoint> read = PointsCsv.read(file, config.get().problem());
            TrainTestSplit split = TrainTestSplit.of(read, config.get().getTrainPercent(), config.get().getDataSeed());
            setPoints(split.train(), split.test());
            message.set("");
            return true;
        } catch (PointsCsvException e) {
            message.set(I18n.get().text("playground.error.csv", file.getFileName(), e.getMessage()));
        } catch (IOException e) {
            message.set(I18n.get().text("playground.error.read", file.getFileName(), e.getMessage()));
        }
        return false;
    }

    void exportPoints(Path file) throws IOException {
        List<DataPoint> all = new ArrayList<>(points.get().train());
        all.addAll(points.get().test());
        PointsCsv.write(file, all, config.get().problem());
    }

    @Override
    public void close() {
        loop.close();
    }
}
