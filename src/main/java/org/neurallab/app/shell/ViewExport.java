package org.neurallab.app.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.neurallab.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A picture of whatever a lab shows, for slides: the view drawn at twice its size, copied to the clipboard and
 * saved as PNG (toolbar button and Ctrl+Shift+S). The snapshot is taken on the FX thread; encoding and writing
 * the file happen in the background, atomically.
 */
public final class ViewExport {
    /** Pixels per screen pixel in the picture: sharp on a projector or in a slide at full width. */
    public static final double SCALE = 2.0;
    private static final Logger LOG = LoggerFactory.getLogger(ViewExport.class);

    /** What happened, for the status bar: the saved file (or null when only copied) or the failure. */
    public record Outcome(Path file, boolean copied, String error) { }

    private final Function<String, Path> chooser;

    /** @param chooser asks where to save, given a suggested file name; null when the user cancels */
    public ViewExport(Function<String, Path> chooser) {
        this.chooser = chooser;
    }

    /** A chooser with the platform's save dialog. */
    public static Function<String, Path> dialog(Window owner, Function<String, String> text) {
        return suggested -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(text.apply("app.export.title"));
            fc.setInitialFileName(suggested);
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.apply("app.export.filter"), "*.png"));
            File file = fc.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        };
    }

    /** Draws the node at {@link #SCALE}; FX thread only. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(SCALE, SCALE));
        return node.snapshot(params, null);
    }

    /**
     * Copies the node's picture to the clipboard, asks where to save it and writes it there. FX thread only;
     * {@code done} is called on the FX thread once the file is written (or at once when the user cancels).
     */
    public void export(Node node, String name, Consumer<Outcome> done) {
        WritableImage image = snapshot(node);
        boolean copied = copy(image);
        String suggested = "neural-lab-" + name + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".png";
        Path chosen = chooser.apply(suggested);
        if (chosen == null) {
            done.accept(new Outcome(null, copied, null));
            return;
        }
        Path target = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")
                ? chosen : chosen.resolveSibling(chosen.getFileName() + ".png");
        CompletableFuture.runAsync(() -> {
            String error = null;
            try {
                BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
                AtomicFiles.write(target, out -> {
                    if (!ImageIO.write(buffered, "png", out)) {
                        throw new IOException("no PNG writer available");
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export to {} failed", target, e);
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            Outcome outcome = new Outcome(error == null ? target : null, copied, error);
            Platform.runLater(() -> done.accept(outcome));
        });
    }

    private static boolean copy(WritableImage image) {
        try {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            return Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) { // a headless or locked clipboard must not stop the save
            LOG.info("Clipboard not available: {}", e.toString());
            return false;
        }
    }
}
