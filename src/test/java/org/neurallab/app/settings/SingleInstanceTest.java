package org.neurallab.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch asks the first to show itself and ends; the lock goes with the first app. */
class SingleInstanceTest {

    @Test
    void aSecondClaimInTheSameJvmAsksTheFirstToShow(@TempDir Path folder) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.claim(folder, shown::countDown)) {
            assertThat(first).isNotNull();
            assertThat(Files.readString(folder.resolve(SingleInstance.PORT_FILE)).strip())
                    .isEqualTo(String.valueOf(first.port()));

            SingleInstance second = SingleInstance.claim(folder, () -> { });

            assertThat(second).isNull();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSecondProcessAsksTheFirstToShowAndEnds(@TempDir Path folder) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.claim(folder, shown::countDown)) {
            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondLaunch.class.getName(), folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("0 = the second launch found the first and asked it to show").isZero();
            assertThat(shown.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theLockIsFreeOnceTheFirstEndsAndLeftoverFilesDoNotBlock(@TempDir Path folder) throws Exception {
        // files left by an app that was killed: the OS released its lock, the port is dead
        Files.writeString(folder.resolve(SingleInstance.LOCK_FILE), "");
        Files.writeString(folder.resolve(SingleInstance.PORT_FILE), "1\n");
        SingleInstance first = SingleInstance.claim(folder, () -> { });
        assertThat(first).isNotNull();
        first.close();

        try (SingleInstance next = SingleInstance.claim(folder, () -> { })) {
            assertThat(next).isNotNull();
        }
    }

    /** A second app launch in its own JVM: exit 0 if it was told to end, 3 if it became the running instance. */
    public static final class SecondLaunch {
        public static void main(String[] args) throws Exception {
            SingleInstance instance = SingleInstance.claim(new File(args[0]).toPath(), () -> { });
            System.exit(instance == null ? 0 : 3);
        }
    }
}
