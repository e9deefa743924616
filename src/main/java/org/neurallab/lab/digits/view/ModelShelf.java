package org.neurallab.lab.digits.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.neurallab.data.BundledModels;
import org.neurallab.data.DatasetKind;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.model.WrongModelException;
import org.neurallab.lab.digits.reader.LiveReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab's models, one for digits and one for clothes: the bundled model is loaded (once) the first time
 * its mode is chosen, a model file the user opens or a fine-tuned model takes its kind's place. Loading runs
 * on the reader's worker; the callbacks come back on the FX thread. For a bundled model that is missing or
 * broken the shelf remembers what to tell the user.
 */
final class ModelShelf {
    private static final Logger LOG = LoggerFactory.getLogger(ModelShelf.class);

    private final LiveReader reader;
    private final Map<DigitsMode, DigitModel> models = new EnumMap<>(DigitsMode.class);
    private final Map<DigitsMode, String> missing = new EnumMap<>(DigitsMode.class);

    ModelShelf(LiveReader reader) {
        this.reader = reader;
    }

    /** The model of a mode, or null while it is loading, missing or (own classes) not a bundled kind. */
    DigitModel get(DigitsMode mode) {
        return models.get(mode);
    }

    /** The file (and reason) shown when the mode's bundled model could not be used, or null. */
    String missing(DigitsMode mode) {
        return missing.get(mode);
    }

    static DigitsMode modeOf(DatasetKind kind) {
        return kind == DatasetKind.FASHION ? DigitsMode.FASHION : DigitsMode.DIGITS;
    }

    static DatasetKind kindOf(DigitsMode mode) {
        return mode == DigitsMode.FASHION ? DatasetKind.FASHION : DatasetKind.MNIST;
    }

    /** Puts a model in its kind's place (a fine-tuned or opened model); returns that mode. */
    DigitsMode put(DigitModel model) {
        DigitsMode target = modeOf(model.kind());
        models.put(target, model);
        missing.remove(target);
        return target;
    }

    /**
     * Starts loading the bundled model of a mode; {@code done} gets it, or null if it could not be read.
     * Returns false (and calls nothing) when the file is not there at all.
     */
    boolean loadBundled(DigitsMode mode, Consumer<DigitModel> done) {
        DatasetKind kind = kindOf(mode);
        Path file = BundledModels.file(kind);
        if (file == null || !Files.isRegularFile(file)) {
            String shown = file == null ? "assets/models/" + BundledModels.fileName(kind) : file.toString();
            missing.put(mode, shown);
            LOG.warn("No bundled {} model at {}", kind, shown);
            return false;
        }
        reader.load(file).whenComplete((model, error) -> Platform.runLater(() -> {
            if (error != null) {
                missing.put(mode, file + " (" + rootMessage(error) + ")");
                LOG.warn("Could not load bundled model {}", file, error);
            } else {
                models.put(mode, model);
            }
            done.accept(model);
        }));
        return true;
    }

    /**
     * Loads a model file the user chose. On success the model takes its kind's place and {@code loaded} gets it;
     * otherwise {@code failed} gets a message (key and arguments) and the current model stays.
     */
    void loadFile(Path file, Consumer<DigitModel> loaded, Consumer<Object[]> failed) {
        reader.load(file).whenComplete((model, error) -> Platform.runLater(() -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof WrongModelException w) {
                    failed.accept(new Object[] {"digits.model.wrongShape", file.getFileName(), w.inputShape(),
                            w.classes()});
                } else {
                    failed.accept(new Object[] {"digits.model.loadFailed", file.getFileName(), rootMessage(cause)});
                }
                LOG.warn("Could not use model {}", file, cause);
                return;
            }
            put(model);
            loaded.accept(model);
        }));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
