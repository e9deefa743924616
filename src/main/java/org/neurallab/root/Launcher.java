package org.neurallab.root;

import org.neurallab.app.crash.ErrorLog;
import org.neurallab.cli.Main;

/**
 * Plain entry point (not a JavaFX Application subclass), so the app runs from the class path
 * without a module-info. No argument opens the window; any argument runs the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        org.neurallab.engine.NativeSetup.configure();
        ErrorLog.install(); // uncaught exceptions on any thread go to the log file
        if (args.length > 0) {
            System.exit(Main.run(args));
        }
        NeuralLabApp.launchApp(args);
    }
}
