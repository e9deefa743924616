package org.neurallab.app.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.neurallab.app.I18n;
import org.neurallab.app.AppVersion;
import org.slf4j.LoggerFactory;

/**
 * Tells the user that something failed: a short message, where the log file is, and "Copy details" (the stack
 * trace, version and log path, for a bug report). One dialog at a time; errors while it is open are only logged.
 */
public final class CrashDialog {
    static final int MAX_MESSAGE = 200;
    private static Alert open;
    private static boolean broken;

    private CrashDialog() {
    }

    /** From now on every uncaught exception also opens the dialog over {@code owner} (any thread may fail). */
    public static void install(Window owner) {
        ErrorLog.install();
        ErrorLog.setListener((thread, error) -> Platform.runLater(() -> show(owner, thread, error)));
    }

    /** Shows the dialog (FX thread) unless one is already open; returns it, or null when none was shown. */
    public static Alert show(Window owner, Thread thread, Throwable error) {
        if (open != null || broken) {
            return null;
        }
        try {
            return build(owner, thread, error);
        } catch (RuntimeException | Error e) {
            // e.g. out of memory: a failing dialog must not fail again for every later error
            broken = true;
            LoggerFactory.getLogger(CrashDialog.class).error("Could not show the error dialog", e);
            return null;
        }
    }

    private static Alert build(Window owner, Thread thread, Throwable error) {
        I18n i18n = I18n.get();
        Path logFolder = ErrorLog.folder();
        String where = logFolder == null ? i18n.text("app.crash.nolog") : logFolder.toString();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.text("app.crash.title"));
        alert.setHeaderText(i18n.text("app.crash.header"));
        alert.setContentText(i18n.text("app.crash.text", shortMessage(error), where));
        ButtonType copy = new ButtonType(i18n.text("app.crash.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(i18n.text("app.crash.close"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(copy, close);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("crash-copy");
        alert.getDialogPane().setId("crash-dialog");
        String details = details(thread, error, ErrorLog.file());
        // copying keeps the dialog open
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(i18n.text("app.crash.copied"));
            e.consume();
        });
        alert.setOnHidden(e -> open = null);
        open = alert;
        alert.show();
        return alert;
    }

    /** The error in one line of at most {@value #MAX_MESSAGE} characters, e.g. "IllegalStateException: no data". */
    static String shortMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip().replaceAll("\\s+", " ");
        String line = root.getClass().getSimpleName() + message;
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** What "Copy details" puts on the clipboard. */
    static String details(Thread thread, Throwable error, Path logFile) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "Neural Lab " + AppVersion.current() + ", Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
                + "time: " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n"
                + "thread: " + thread.getName() + "\n"
                + "log: " + (logFile == null ? "-" : logFile) + "\n\n" + trace;
    }
}
