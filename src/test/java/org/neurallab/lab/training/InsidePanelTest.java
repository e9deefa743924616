package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.training.inside.InsidePane;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.train.inside.InsideSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training lab's "Inside the network" tab while the lecture MLP trains: a row per layer and the first
 * layer's weights as pictures appear and change as it learns; paused, it shows the batch it stopped after;
 * Korean works.
 */
class InsidePanelTest extends TrainingViewFixture {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void showsEveryLayerAndTheFirstLayerWhileTheMlpTrains(FxRobot robot) throws Exception {
        waitFor(30, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.MLP_128);
            view.settings().subset().setText("6000");
            view.settings().epochs().setText("20");
            view.settings().learningRate().setText("0.001");
        });
        InsidePane inside = view.inside();
        robot.clickOn("#inside-tab");
        Tab tab = view.tabs.getTabs().stream().filter(t -> "inside-tab".equals(t.getId())).findFirst().orElseThrow();
        assertThat(tab.isSelected()).isTrue();
        assertThat(inside.layerRows()).isZero();
        assertThat(inside.batchText()).startsWith("Start a run");

        robot.clickOn("#run-start");
        waitFor(60, () -> inside.layerRows() == 2 && inside.filterPictures() == 16);
        assertThat(view.controller().phase()).isEqualTo(Phase.RUNNING);
        InsideSnapshot first = inside.shown();
        List<String> hidden = inside.rowTexts(0);
        assertThat(hidden.get(0)).isEqualTo("2. Dense 128 · relu");
        assertThat(hidden.get(1)).matches("-?[0-9.,]+(e-?\\d+)? ± [0-9.,]+(e-?\\d+)?");
        assertThat(hidden.get(2)).endsWith("%");
        assertThat(hidden.get(3)).matches("[0-9.,]+(e-?\\d+)?");
        assertThat(inside.rowTexts(1).get(0)).isEqualTo("4. Dense 10 · softmax");
        assertThat(inside.rowTexts(1).get(2)).as("no ReLU, no dead units").isEqualTo("–");
        assertThat(java.util.Arrays.stream(inside.histogram(0)).sum()).isEqualTo(32 * 128);
        Screenshots.save(inside, "training-inside-en");

        // it keeps up with the run: later batches, weights that moved
        waitFor(60, () -> inside.shown() != null && (inside.shown().epoch() > first.epoch()
                || inside.shown().batch() > first.batch() + 20));
        InsideSnapshot later = inside.shown();
        assertThat(later.filters().image(0)).isNotEqualTo(first.filters().image(0));
        assertThat(inside.batchText()).isEqualTo("Batch " + String.format(Locale.ENGLISH, "%,d", later.batch())
                + " of epoch " + later.epoch() + ": the values of this batch");

        // paused: the values of the batch the run stopped after
        robot.clickOn("#run-pause");
        waitFor(20, () -> view.controller().phase() == Phase.PAUSED
                && view.progress().stateText().equals("Paused"));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        String batch = robot.lookup("#progress-batch").queryAs(javafx.scene.control.Label.class).getText();
        String epoch = robot.lookup("#progress-epoch").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(batch).startsWith("Batch " + String.format(Locale.ENGLISH, "%,d", inside.shown().batch()) + " of ");
        assertThat(epoch).startsWith("Epoch " + inside.shown().epoch() + " of ");

        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(inside.batchText()).startsWith("에포크 ").contains("배치");
        assertThat(robot.lookup("#inside-layers").queryParent().getChildrenUnmodifiable()).isNotEmpty();
        Screenshots.save(inside, "training-inside-ko");
        robot.interact(() -> view.setStyle(org.neurallab.app.shell.UiScale.rootStyle(2.0)));
        Screenshots.save(view.getScene(), "training-inside-ko-200");
        robot.interact(() -> view.setStyle(""));
        robot.clickOn("#run-stop");
        waitFor(20, () -> view.controller().phase() == Phase.IDLE);
        assertThat(inside.layerRows()).as("the last values stay after the run").isEqualTo(2);
    }
}
