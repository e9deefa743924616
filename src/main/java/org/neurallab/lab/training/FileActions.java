package org.neurallab.lab.training;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.neurallab.app.I18n;
import org.neurallab.engine.model.Shapes;
import org.neurallab.io.AtomicFiles;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.HistoryCsv;
import org.neurallab.io.ModelFile;
import org.neurallab.io.ModelFileException;
import org.neurallab.io.ModelInfo;
import org.neurallab.io.SavedModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Save/load of models and export of charts and history, each behind a file chooser that tests can
 * replace. File work runs off the FX thread; every failure becomes a dialog (or whatever
 * {@link #setErrorSink} says), never an exception in the face of the student.
 */
public final class FileActions {
    private static final Logger LOG = LoggerFactory.getLogger(FileActions.class);

    /** What the chooser is asked for. */
    public enum Kind { SAVE_MODEL, OPEN_MODEL, SAVE_PNG, SAVE_CSV }

    /** Picks a file; null when the student cancels. */
    @FunctionalInterface
    public interface Chooser {
        Path choose(Kind kind, Window owner);
    }

    private final Executor background;
    private Chooser chooser = FileActions::nativeChooser;
    private Consumer<String> errorSink = FileActions::errorDialog;
    private Consumer<String> infoSink = m -> { };
    private Runnable afterSave = () -> { };

    /** @param background where file work happens (the training worker, so a model is never read while it trains) */
    public FileActions(Executor background) {
        this.background = background;
    }

    public void setChooser(Chooser chooser) {
        this.chooser = chooser;
    }

    public void setErrorSink(Consumer<String> sink) {
        this.errorSink = sink;
    }

    public void setInfoSink(Consumer<String> sink) {
        this.infoSink = sink;
    }

    /** Told on the FX thread after a model was saved (the autosave is then no longer needed). */
    public void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /** Saves the model the supplier gives (called on the background executor). */
    public void saveModel(Window owner, Supplier<SavedModel> model) {
        Path file = chooser.choose(Kind.SAVE_MODEL, owner);
        if (file == null) {
            return;
        }
        Path target = withExtension(file, ModelFile.EXTENSION);
        CompletableFuture.runAsync(() -> {
            try {
                ModelFile.save(target, model.get());
                fx(() -> {
                    infoSink.accept(I18n.get().text("training.file.saved", target.getFileName()));
                    afterSave.run();
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("Saving {} failed", target, e);
                fx(() -> errorSink.accept(I18n.get().text("training.file.error.save", target, reason(e))));
            }
        }, background);
    }

    /**
     * Loads a model after checking (from its model.json alone) that it takes this lab's images and
     * classes; a model made for other data gets a clear message instead.
     */
    public void loadModel(Window owner, int[] inputShape, int classes, Consumer<SavedModel> onLoaded) {
        Path file = chooser.choose(Kind.OPEN_MODEL, owner);
        if (file == null) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            try {
                ModelInfo info = ModelFile.peek(file);
                if (!Arrays.equals(info.spec().inputShape(), inputShape) || info.classNames().size() != classes) {
                    String shape = Shapes.format(info.spec().inputShape());
                    int n = info.classNames().size();
                    fx(() -> errorSink.accept(I18n.get().text("training.file.error.load", file.getFileName(),
                            I18n.get().text("training.file.error.shape", shape, n))));
                    return;
                }
                SavedModel saved = ModelFile.load(file);
                fx(() -> {
                    onLoaded.accept(saved);
                    infoSink.accept(I18n.get().text("training.file.loaded", file.getFileName()));
                });
            } catch (ModelFileException e) {
                LOG.warn("Loading {} failed: {}", file, e.getMessage());
                fx(() -> errorSink.accept(I18n.get().text("training.file.error.load", file.getFileName(), e.problem())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Loading {} failed", file, e);
                fx(() -> errorSink.accept(I18n.get().text("training.file.error.load", file.getFileName(), reason(e))));
            }
        }, background);
    }

    /** Writes a picture of the node (the charts) as PNG; the snapshot is taken here, on the FX thread. */
    public void exportPng(Window owner, Node node) {
        Path file = chooser.choose(Kind.SAVE_PNG, owner);
        if (file == null) {
            return;
        }
        Path target = withExtension(file, ".png");
        WritableImage image = node.snapshot(null, null);
        CompletableFuture.runAsync(() -> {
            try {
                BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
                AtomicFiles.write(target, out -> {
                    if (!ImageIO.write(buffered, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                });
                fx(() -> infoSink.accept(I18n.get().text("training.file.exported", target.getFileName())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export to {} failed", target, e);
                fx(() -> errorSink.accept(I18n.get().text("training.file.error.export", target, reason(e))));
            }
        });
    }

    public void exportCsv(Window owner, List<EpochRecord> history) {
        Path file = chooser.choose(Kind.SAVE_CSV, owner);
        if (file == null) {
            return;
        }
        Path target = withExtension(file, ".csv");
        List<EpochRecord> copy = List.copyOf(history);
        CompletableFuture.runAsync(() -> {
            try {
                HistoryCsv.write(target, copy);
                fx(() -> infoSink.accept(I18n.get().text("training.file.exported", target.getFileName())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export to {} failed", target, e);
                fx(() -> errorSink.accept(I18n.get().text("training.file.error.export", target, reason(e))));
            }
        });
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? file
                : file.resolveSibling(name + extension);
    }

    private static void fx(Runnable r) {
        Platform.runLater(r);
    }

    private static void errorDialog(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(I18n.get().text("training.file.error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.show();
    }

    private static Path nativeChooser(Kind kind, Window owner) {
        FileChooser fc = new FileChooser();
        switch (kind) {
            case SAVE_PNG -> fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get().text("training.file.pngFilter"), "*.png"));
            case SAVE_CSV -> fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get().text("training.file.csvFilter"), "*.csv"));
            default -> fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get().text("training.file.modelFilter"), "*" + ModelFile.EXTENSION));
        }
        File f = kind == Kind.OPEN_MODEL ? fc.showOpenDialog(owner) : fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }
}
