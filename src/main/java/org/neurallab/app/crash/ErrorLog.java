package org.neurallab.app.crash;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log file (configured in logback.xml, in the settings folder) and the handler that writes every uncaught
 * exception, on any thread, to it. The app adds a listener that shows the error; the thread that failed ends,
 * but the app keeps running (the JavaFX thread survives an exception in an event handler).
 */
public final class ErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);
    private static volatile BiConsumer<Thread, Throwable> listener;

    private ErrorLog() {
    }

    /** Logs uncaught exceptions from now on (idempotent); then tells the listener, if one is set. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(ErrorLog::uncaught);
    }

    /** Who else hears about an uncaught exception (the app's error dialog); null for nobody. */
    public static void setListener(BiConsumer<Thread, Throwable> newListener) {
        listener = newListener;
    }

    static void uncaught(Thread thread, Throwable error) {
        try {
            LOG.error("Uncaught exception on thread '{}'", thread.getName(), error);
        } catch (Throwable ignored) {
            // logging itself failed (e.g. out of memory): still try the listener
        }
        BiConsumer<Thread, Throwable> current = listener;
        if (current != null) {
            try {
                current.accept(thread, error);
            } catch (RuntimeException e) {
                LOG.error("Could not report the uncaught exception", e);
            }
        }
    }

    /** The current log file, as logback writes it; null if file logging is not configured. */
    public static Path file() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders =
                context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof FileAppender<?> file && file.getFile() != null) {
                return Path.of(file.getFile()).toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** The folder holding the log files, for messages to the user; null if file logging is not configured. */
    public static Path folder() {
        Path file = file();
        return file == null ? null : file.getParent();
    }
}
