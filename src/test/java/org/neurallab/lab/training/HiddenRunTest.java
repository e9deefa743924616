package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.run.RunStatus;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run goes on while the student looks at another lab: its history and the status bar's text must keep
 * up (the controller takes the worker's events itself), and the charts catch up when the lab is shown.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenRunTest {
    private static TrainingService service;
    private TrainingView view;

    @BeforeAll
    static void service() {
        service = new TrainingService();
    }

    @AfterAll
    static void shutdown() {
        service.close();
    }

    @Start
    void start(Stage stage) {
        I18n.get().setLocale(Locale.ENGLISH);
        view = new TrainingView(service);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void aRunThatContinuesWhileHiddenKeepsItsHistoryAndStatus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.MLP_128);
            view.settings().subset().setText("2000");
            view.settings().epochs().setText("3");
            view.settings().batchSize().setText("32");
            view.settings().learningRate().setText("0.001");
        });
        List<RunStatus> statusWhileHidden = new CopyOnWriteArrayList<>();
        List<String> statusTextWhileHidden = new CopyOnWriteArrayList<>();
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.controller().phase() == Phase.RUNNING);
        robot.interact(() -> {
            view.setActive(false); // what the app does when another lab is chosen
            view.controller().statusProperty().addListener((o, a, s) -> statusWhileHidden.add(s));
            view.runStatusProperty().addListener((o, a, s) -> statusTextWhileHidden.add(s));
        });
        int pointsWhenHidden = view.charts().lossChart().series().get(0).size();

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.controller().phase() == Phase.IDLE
                && view.controller().history().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.controller().history()).extracting(r -> r.epoch()).containsExactly(1, 2, 3);
        assertThat(statusWhileHidden).as("status kept changing while hidden").filteredOn(s -> s != null)
                .extracting(RunStatus::epochs).isNotEmpty().containsOnly(3);
        assertThat(statusWhileHidden.get(statusWhileHidden.size() - 1)).as("no status once the run ended").isNull();
        assertThat(statusTextWhileHidden).anyMatch(t -> t.startsWith("Training: epoch ")).last().isEqualTo("");
        assertThat(view.charts().lossChart().series().get(0).size()).as("batch points recorded while hidden")
                .isGreaterThan(pointsWhenHidden);
        assertThat(view.progress().epochText()).as("hidden: the progress is not redrawn").isNotEqualTo("Epoch 3 of 3");

        robot.interact(() -> view.setActive(true));
        assertThat(view.progress().epochText()).isEqualTo("Epoch 3 of 3");
        robot.interact(view::dispose);
    }
}
