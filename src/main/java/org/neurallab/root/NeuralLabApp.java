package org.neurallab.root;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.neurallab.app.AppContext;
import org.neurallab.app.crash.CrashDialog;
import org.neurallab.app.settings.AppSettings;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.app.shell.AppShell;
import org.neurallab.app.shell.RunningInstance;
import org.neurallab.app.shell.StatusBar;
import org.neurallab.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: shows the window with the labs of {@link Labs} first, then loads the engine in the
 * background. Closing the window closes every lab that was opened.
 */
public class NeuralLabApp extends Application {
    static final String ICON = "/org/neurallab/app/neurallab.png";
    private static final Logger LOG = LoggerFactory.getLogger(NeuralLabApp.class);
    private AppContext context;
    private AppShell shell;

    public static void launchApp(String[] args) {
        if (!RunningInstance.claim(SettingsStore.standard().folder())) {
            return; // the running window came to the front instead
        }
        Application.launch(NeuralLabApp.class, args);
    }

    /** The window icon, the same picture as the menu entry (packaging/); a missing icon only logs. */
    private static void addIcon(Stage stage) {
        java.net.URL icon = NeuralLabApp.class.getResource(ICON);
        if (icon == null) {
            LOG.warn("window icon {} is missing", ICON);
            return;
        }
        stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
    }

    @Override
    public void start(Stage stage) {
        CrashDialog.install(stage);
        RunningInstance.attach(stage);
        addIcon(stage);
        context = new AppContext(stage, SettingsStore.standard());
        shell = new AppShell(context, Labs.create(context), false);
        shell.attach(stage);
        WindowPlacement.restore(stage, context.settings());
        stage.setOnShown(e -> {
            LOG.info("window visible after {} ms", sinceJvmStart());
            openLabAfterFirstFrames(shell);
        });
        stage.show();
        startEngine(context, shell.statusBar());
    }

    /** The lab's view is built once the empty window has been painted, so the window appears at once. */
    private static void openLabAfterFirstFrames(AppShell shell) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < 2) {
                    return;
                }
                stop();
                shell.openLastLab();
                LOG.info("lab '{}' shown after {} ms", shell.currentLab().id(), sinceJvmStart());
            }
        }.start();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (context != null) {
            WindowPlacement.remember(context.stage(), context.settings());
            context.saveSettings();
            context.close();
        }
    }

    /** ND4J takes seconds to load, so it loads on a worker of its own; the status bar says when it is ready. */
    private static void startEngine(AppContext context, StatusBar statusBar) {
        context.training().worker("engine-warm-up").execute(() -> {
            try {
                Engine.warmUp();
                Platform.runLater(() -> statusBar.engineReadyProperty().set(true));
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Engine could not start", e);
                Platform.runLater(() -> statusBar.showEngineFailed(String.valueOf(e.getMessage())));
            }
        });
    }

    /** Window size and position from and to the settings. */
    static final class WindowPlacement {
        private WindowPlacement() {
        }

        static void restore(Stage stage, AppSettings settings) {
            stage.setWidth(settings.getWindowWidth());
            stage.setHeight(settings.getWindowHeight());
            // a position on a monitor that is no longer attached would hide the window
            if (Double.isFinite(settings.getWindowX()) && Double.isFinite(settings.getWindowY())
                    && !javafx.stage.Screen.getScreensForRectangle(settings.getWindowX(), settings.getWindowY(),
                            100, 100).isEmpty()) {
                stage.setX(settings.getWindowX());
                stage.setY(settings.getWindowY());
            }
            stage.setMaximized(settings.isMaximized());
        }

        static void remember(Stage stage, AppSettings settings) {
            settings.setMaximized(stage.isMaximized());
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                settings.setWindowX(stage.getX());
                settings.setWindowY(stage.getY());
                settings.setWindowWidth(stage.getWidth());
                settings.setWindowHeight(stage.getHeight());
            }
        }
    }
}
