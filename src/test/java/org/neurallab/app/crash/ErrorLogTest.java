package org.neurallab.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurallab.cli.Main;

/** Uncaught exceptions on any thread, and command-line failures, end up in the log file in the settings folder. */
class ErrorLogTest {

    @AfterEach
    void noListener() {
        ErrorLog.setListener(null);
    }

    @Test
    void theLogFileLivesInTheSettingsFolder() {
        Path settings = Path.of(System.getProperty("neurallab.settings")).toAbsolutePath().normalize();

        assertThat(ErrorLog.file()).isEqualTo(settings.resolve("logs").resolve("neurallab.log"));
        assertThat(ErrorLog.folder()).isEqualTo(settings.resolve("logs"));
    }

    @Test
    void anUncaughtExceptionOnABackgroundThreadIsLoggedAndReported() throws Exception {
        ErrorLog.install();
        AtomicReference<Throwable> heard = new AtomicReference<>();
        ErrorLog.setListener((thread, error) -> heard.set(error));
        String marker = "worker failed " + UUID.randomUUID();

        Thread worker = new Thread(() -> {
            throw new IllegalStateException(marker);
        }, "test-worker");
        worker.start();
        worker.join();

        String log = Files.readString(ErrorLog.file(), StandardCharsets.UTF_8);
        assertThat(log).contains("Uncaught exception on thread 'test-worker'")
                .contains("java.lang.IllegalStateException: " + marker)
                .contains("at org.neurallab.app.crash.ErrorLogTest");
        assertThat(heard.get()).hasMessage(marker);
    }

    @Test
    void aFailingCommandWritesItsErrorToTheLog() throws Exception {
        String missing = "no-such-model-" + UUID.randomUUID() + ".zip";

        int code = Main.commandLine().execute("evaluate", "--model", missing, "--dataset", "mnist");

        assertThat(code).isNotZero();
        assertThat(Files.readString(ErrorLog.file(), StandardCharsets.UTF_8)).contains("evaluate failed", missing);
    }
}
