package org.neurallab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.data.DatasetLocator;

/** {@code self-check} passes on the project's own datasets and assets, and names what is missing otherwise. */
class SelfCheckCommandTest {
    private final String assets = System.getProperty(DatasetLocator.ASSETS_PROPERTY);

    @AfterEach
    void restoreAssets() {
        System.setProperty(DatasetLocator.ASSETS_PROPERTY, assets);
    }

    @Test
    void passesOnTheRepositoryAndSaysWhatItChecked() {
        CliTest.Result result = CliTest.run("self-check");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .contains("ok      dataset mnist", "60000 training and 10000 test images")
                .contains("ok      model fashion")
                .contains("ok      images", "4 images")
                .contains("ok      training step", "lowered the loss")
                .contains("self-check passed");
    }

    @Test
    void theLauncherFlagRunsTheSameCheck() {
        CliTest.Result result = CliTest.run("--self-check");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("self-check passed");
    }

    @Test
    void aMissingBundledModelAndNoImagesAreNamedAndFail(@TempDir Path dir) throws IOException {
        // an installation whose fashion model and images did not arrive
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of(assets, "models", "mnist-cnn.zip"), models.resolve("mnist-cnn.zip"));
        Files.createDirectories(dir.resolve("images"));
        System.setProperty(DatasetLocator.ASSETS_PROPERTY, dir.toString());

        CliTest.Result result = CliTest.run("self-check");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out())
                .contains("ok      model mnist")
                .contains("FAILED  model fashion", "fashion-cnn.zip")
                .contains("FAILED  images", "no PNG images")
                .contains("self-check FAILED: model fashion, images");
    }
}
