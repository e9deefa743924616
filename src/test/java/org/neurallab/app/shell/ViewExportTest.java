package org.neurallab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.root.Labs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Any lab can be saved as a picture at twice its size, from the toolbar or with Ctrl+Shift+S. */
@ExtendWith(ApplicationExtension.class)
class ViewExportTest {
    private AppShell shell;
    private final AtomicReference<String> suggested = new AtomicReference<>();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Path settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("export-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        AppContext context = new AppContext(stage, new SettingsStore(settings));
        shell = new AppShell(context, Labs.create(context));
        shell.attach(stage);
        stage.setWidth(1000);
        stage.setHeight(700);
        stage.show();
    }

    @Test
    void theShortcutSavesThePlaygroundAtTwiceItsSize(FxRobot robot) throws Exception {
        robot.clickOn("#nav-playground");
        Path target = folder.resolve("playground.png");
        shell.setExportChooser(name -> {
            suggested.set(name);
            return target;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        BufferedImage image = awaitPicture(target);
        Node content = robot.lookup("#lab-content").query();
        assertThat((double) image.getWidth()).isCloseTo(content.getLayoutBounds().getWidth() * 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) image.getHeight()).isCloseTo(content.getLayoutBounds().getHeight() * 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(colours(image)).isGreaterThan(20); // a drawn lab, not an empty rectangle
        assertThat(suggested.get()).startsWith("neural-lab-playground-").endsWith(".png");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-status").queryAs(Label.class).getText()).contains("playground.png");
    }

    @Test
    void theToolbarButtonSavesTheCurriculumTopicInKorean(FxRobot robot) throws Exception {
        robot.clickOn("#nav-curriculum");
        robot.clickOn("#lang-ko");
        Path target = folder.resolve("curriculum"); // no extension typed: .png is added
        shell.setExportChooser(name -> target);
        robot.clickOn("#export-view-button");
        BufferedImage image = awaitPicture(folder.resolve("curriculum.png"));
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(colours(image)).isGreaterThan(20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#run-status").queryAs(Label.class).getText()).contains("curriculum.png").contains("저장");
        robot.clickOn("#lang-en");
    }

    @Test
    void cancellingTheDialogWritesNothing(FxRobot robot) throws Exception {
        shell.setExportChooser(name -> null);
        robot.clickOn("#export-view-button");
        WaitForAsyncUtils.waitForFxEvents();
        try (var files = Files.list(folder)) {
            assertThat(files.count()).isZero();
        }
    }

    private static BufferedImage awaitPicture(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(file) && Files.size(file) > 0);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("PNG readable").isNotNull();
        return image;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
