package org.neurallab.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.app.shell.AboutDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception on the JavaFX thread is logged, shows the error dialog (log folder, copy button) and the app goes on. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {
    private final AtomicInteger aliveClicks = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.get().setLocale(I18n.ENGLISH);
        Button boom = new Button("boom");
        boom.setId("boom");
        boom.setOnAction(e -> {
            throw new IllegalStateException("the kernel exploded");
        });
        Button alive = new Button("alive");
        alive.setId("alive");
        alive.setOnAction(e -> aliveClicks.incrementAndGet());
        stage.setScene(new Scene(new HBox(20, boom, alive), 400, 200));
        stage.show();
        CrashDialog.install(stage);
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> I18n.get().setLocale(I18n.ENGLISH));
        ErrorLog.setListener(null);
    }

    @Test
    void anExceptionInAnEventHandlerShowsTheDialogAndTheAppKeepsRunning(FxRobot robot) throws Exception {
        robot.clickOn("#boom");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getContentText()).contains("IllegalStateException: the kernel exploded")
                .contains(ErrorLog.folder().toString());
        assertThat(Files.readString(ErrorLog.file(), StandardCharsets.UTF_8))
                .contains("Uncaught exception on thread 'JavaFX Application Thread'", "the kernel exploded");

        Button copy = robot.lookup("#crash-copy").queryAs(Button.class);
        assertThat(copy.getText()).isEqualTo("Copy details");
        robot.clickOn(copy);
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("thread: JavaFX Application Thread", "log: " + ErrorLog.file(),
                "java.lang.IllegalStateException: the kernel exploded", "at org.neurallab.app.crash.CrashDialogTest");
        assertThat(pane.getScene().getWindow().isShowing()).as("copying keeps the dialog open").isTrue();
        assertThat(copy.getText()).isEqualTo("Copied");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-dialog").tryQuery()).isEmpty();
        robot.clickOn("#alive");
        assertThat(aliveClicks.get()).isEqualTo(1);
    }

    @Test
    void aSecondErrorWhileTheDialogIsOpenOpensNoSecondDialog(FxRobot robot) {
        robot.clickOn("#boom");
        robot.clickOn("#boom");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#crash-dialog").queryAll()).hasSize(1);
        robot.clickOn("Close");
    }

    @Test
    void speaksKorean(FxRobot robot) {
        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        robot.clickOn("#boom");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("문제가 생겼습니다");
        assertThat(robot.lookup("#crash-copy").queryAs(Button.class).getText()).isEqualTo("자세한 내용 복사");
        robot.clickOn("닫기");
    }

    @Test
    void theAboutDialogShowsTheLogFolder(FxRobot robot) {
        AtomicReference<Label> logs = new AtomicReference<>();
        robot.interact(() -> {
            var about = AboutDialog.create(stage, I18n.get(), 1.0, false);
            var body = ((ScrollPane) about.getDialogPane().getContent()).getContent();
            logs.set((Label) body.lookup("#about-logs"));
        });

        assertThat(logs.get().getText()).contains(ErrorLog.folder().toString());
    }
}
