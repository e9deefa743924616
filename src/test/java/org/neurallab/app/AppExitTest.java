package org.neurallab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.app.shell.AppShell;
import org.neurallab.lab.digits.view.DigitsView;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.training.TrainingView;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every lab's work runs on the app's one training service: open every lab, start work in each (the
 * Playground playing, Digits teaching, a Training run, the tiny CNN, the XOR run), then close the app the way
 * {@link NeuralLabApp#stop()} does: every worker has ended and no new non-daemon thread is left.
 */
@ExtendWith(ApplicationExtension.class)
class AppExitTest {
    private AppContext context;
    private AppShell shell;
    private Set<Thread> before;

    @Start
    void start(Stage stage) {
        before = Thread.getAllStackTraces().keySet();
        Path settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("exit-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        context = new AppContext(stage, new SettingsStore(settings));
        shell = new AppShell(context, org.neurallab.root.Labs.create(context));
        shell.attach(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> workers() {
        return context.training().liveThreads().stream().map(Thread::getName).toList();
    }

    @Test
    void closingTheAppEndsTheWorkOfEveryLab(FxRobot robot) throws Exception {
        TrainingService service = context.training();

        robot.clickOn("#nav-playground");
        robot.clickOn("#play");
        assertThat(robot.lookup("#play").queryAs(ToggleButton.class).isSelected()).isTrue();
        waitFor(30, () -> workers().contains("playground-trainer"));

        robot.clickOn("#nav-digits");
        DigitsView digits = robot.lookup("#page-digits").queryAs(DigitsView.class);
        Random random = new Random(3);
        robot.interact(() -> {
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < ClassSet.MIN_SAMPLES; k++) {
                    float[] drawing = new float[28 * 28];
                    for (int i = c * 392; i < c * 392 + 392; i++) {
                        drawing[i] = random.nextFloat();
                    }
                    digits.teachPanel().editors().get(c).samples().add(drawing);
                }
            }
            robot.lookup("#teach-train").queryButton().fire();
        });
        waitFor(30, () -> workers().contains("digits-training"));

        robot.clickOn("#nav-training");
        TrainingView training = robot.lookup("#page-training").queryAs(TrainingView.class);
        waitFor(60, () -> training.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            training.settings().subset().setText("2000");
            training.settings().epochs().setText("50");
        });
        robot.clickOn("#run-start");
        waitFor(60, () -> training.controller().phase() == Phase.RUNNING);

        robot.clickOn("#nav-convolution");
        robot.interact(() -> robot.lookup("#conv-learned-train").queryButton().fire());
        Button cnn = robot.lookup("#conv-learned-train").queryButton();
        assertThat(cnn.isDisabled()).isTrue();

        robot.clickOn("#nav-curriculum");
        robot.clickOn("#topic-perceptron");
        robot.interact(() -> robot.lookup("#xor-train").queryButton().fire());
        waitFor(30, () -> workers().containsAll(List.of("playground-trainer", "digits-training",
                TrainingService.THREAD_NAME, "convolution-lab-cnn", "curriculum-worker")));
        assertThat(training.controller().phase()).isEqualTo(Phase.RUNNING);
        List<Thread> workers = service.liveThreads();

        // what NeuralLabApp.stop() does when the window closes
        robot.interact(context::close);

        assertThat(service.isTerminated()).isTrue();
        assertThat(service.liveThreads()).isEmpty();
        assertThat(workers).noneMatch(Thread::isAlive);
        Set<String> leftOver = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
                .map(Thread::getName).collect(Collectors.toSet());
        assertThat(leftOver).as("non-daemon threads started by the labs").isEmpty();
        Set<String> inOurCode = Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive() && !before.contains(e.getKey()))
                .filter(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.neurallab.")))
                .map(e -> e.getKey().getName()).collect(Collectors.toSet());
        assertThat(inOurCode).as("threads still running Neural Lab code").isEmpty();
    }
}
