package org.neurallab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.lab.convolution.LabImage;
import org.neurallab.lab.convolution.SharedImages;
import org.neurallab.lab.digits.view.DigitsView;
import org.neurallab.root.Labs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a student draws in the Digits lab is the Convolution lab's "latest Digits drawing". */
@ExtendWith(ApplicationExtension.class)
class DrawingHandOffTest {
    private AppContext context;
    private AppShell shell;

    @Start
    void start(Stage stage) {
        Path settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("handoff-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        context = new AppContext(stage, new SettingsStore(settings));
        shell = new AppShell(context, Labs.create(context));
        shell.attach(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theLatestPadDrawingBecomesTheConvolutionInput(FxRobot robot) throws Exception {
        robot.clickOn("#nav-digits");
        DigitsView digits = robot.lookup("#page-digits").queryAs(DigitsView.class);
        Bounds b = digits.pad().localToScreen(digits.pad().getBoundsInLocal());
        double s = digits.pad().scaleProperty().get();
        // a vertical stroke: a "1"
        robot.moveTo(new Point2D(b.getMinX() + 140 * s, b.getMinY() + 50 * s));
        robot.press(MouseButton.PRIMARY);
        for (int y = 50; y <= 230; y += 10) {
            robot.moveTo(new Point2D(b.getMinX() + 140 * s, b.getMinY() + y * s));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> context.latestDrawingProperty().get() != null);
        float[] drawn = context.latestDrawingProperty().get();
        assertThat(drawn).hasSize(28 * 28);

        robot.clickOn("#nav-convolution");
        robot.clickOn("#conv-source");
        robot.clickOn("Latest Digits drawing");
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup(".conv-message").queryAs(Label.class);
        assertThat(message.getText()).isEmpty();
        LabImage shared = SharedImages.latestDrawing().orElseThrow();
        double ink = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                assertThat(shared.grey()[y][x]).isEqualTo(drawn[y * 28 + x], org.assertj.core.data.Offset.offset(1e-6));
                ink += drawn[y * 28 + x];
            }
        }
        assertThat(ink).as("ink of the drawn 1").isGreaterThan(10);
        Screenshots.save(shell.scene(), "convolution-digits-drawing-en");
    }
}
