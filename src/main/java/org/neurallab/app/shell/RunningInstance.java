package org.neurallab.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.neurallab.app.settings.SingleInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one Neural Lab window per user: a second launch brings the first window to the front and ends
 * (see {@link SingleInstance}). If the check itself fails, the app starts anyway.
 */
public final class RunningInstance {
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstance.class);
    private static volatile Stage window;
    private static SingleInstance instance;

    private RunningInstance() {
    }

    /** Before the toolkit starts: true to go on starting, false when another instance was asked to show itself. */
    public static boolean claim(Path settingsFolder) {
        try {
            instance = SingleInstance.claim(settingsFolder, RunningInstance::bringToFront);
            if (instance == null) {
                LOG.info("Neural Lab is already running; its window was brought to the front");
                return false;
            }
        } catch (IOException e) {
            LOG.warn("Could not check for a running Neural Lab ({}); starting anyway", e.getMessage());
        }
        return true;
    }

    /** The window a later launch brings to the front. */
    public static void attach(Stage stage) {
        window = stage;
    }

    /** Called on the listener thread: de-iconifies and raises the window on the FX thread. */
    static void bringToFront() {
        Stage stage = window;
        if (stage == null) {
            return; // still starting: the window is about to appear anyway
        }
        Platform.runLater(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }
}
