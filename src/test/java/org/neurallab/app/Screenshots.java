package org.neurallab.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Test helper: writes a PNG snapshot of a node or a whole scene to {@code target/screenshots/<name>.png},
 * so people can look at the UI the headless tests produced. Safe to call from any thread.
 */
public final class Screenshots {
    public static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static Path save(Scene scene, String name) {
        return save(scene.getRoot(), name);
    }

    public static Path save(Node node, String name) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        if (Platform.isFxApplicationThread()) {
            image.set(node.snapshot(null, null));
        } else {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> image.set(node.snapshot(null, null)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        try {
            Files.createDirectories(FOLDER);
            Path file = FOLDER.resolve(name.endsWith(".png") ? name : name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write screenshot " + name, e);
        }
    }
}
