package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.training.charts.ChartLegend;
import org.neurallab.lab.training.charts.RunRecord;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.ui.chart.LiveChart;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs compared on the Training lab's charts, at 1280×800: the dropout twin trained for real on a small
 * subset (with and without dropout, ticked and unticked in the run list), and twenty runs' worth of records
 * that must leave the legend one line and the charts their size.
 */
class RunOverlayTest extends TrainingViewFixture {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** Clicks a button and waits until run number {@code run} is trained and measured on the test images. */
    private void train(FxRobot robot, String button, int run) throws Exception {
        robot.clickOn(button);
        waitFor(90, () -> view.charts().current() != null && view.charts().current().number() == run
                && view.results().evaluation() != null && view.controller().phase() == Phase.IDLE);
    }

    @Test
    void theDropoutTwinTrainsTheSameRunWithoutDropoutAndBothAreDrawn(FxRobot robot) throws Exception {
        waitFor(30, () -> view.dataset().dataProperty().get() != null);
        Button twin = robot.lookup("#run-twin").queryAs(Button.class);
        assertThat(twin.isDisabled()).isTrue();
        assertThat(view.buttons.twinTip.getText()).startsWith("Train a run first");

        // a model without a Dropout layer: nothing to turn off, and the tooltip says so
        robot.interact(() -> {
            view.builder().setLayers(List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(10, Activation.SOFTMAX)));
            view.settings().subset().setText("600");
            view.settings().epochs().setText("1");
        });
        train(robot, "#run-start", 1);
        assertThat(twin.isDisabled()).isTrue();
        assertThat(view.buttons.twinTip.getText()).contains("no Dropout layer");

        robot.interact(() -> view.builder().applyPreset(ModelPreset.MLP_128));
        train(robot, "#run-start", 2);
        assertThat(twin.isDisabled()).isFalse();
        assertThat(twin.getText()).isEqualTo("Run again without dropout");
        // what the panes show now does not matter: the twin repeats run 2 as it was
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.CNN);
            view.settings().epochs().setText("3");
        });
        train(robot, "#run-twin", 3);

        SavedModel without = view.controller().snapshot();
        assertThat(without.spec()).isEqualTo(ModelPreset.MLP_128.spec().withoutDropout());
        assertThat(without.training().seed()).isEqualTo(42);
        assertThat(without.training().epochs()).isEqualTo(1);
        RunRecord run2 = view.charts().earlierRuns().get(1);
        RunRecord run3 = view.charts().current();
        assertThat(run2.number()).isEqualTo(2);
        assertThat(run3.history()).hasSize(1);
        assertThat(run3.history().get(0).loss()).as("dropout changes the training loss")
                .isNotEqualTo(run2.history().get(0).loss());
        ChartLegend legend = view.charts().legend();
        assertThat(legend.runNames()).containsExactly("Run 3 · no dropout", "Run 2");
        assertDrawn(view.charts().lossChart(), "Run 3 · no dropout: train (batch, smoothed)",
                "Run 3 · no dropout: train (epoch)", "Run 3 · no dropout: validation", "Run 2: train (epoch)",
                "Run 2: validation");
        assertDrawn(view.charts().accuracyChart(), "Run 3 · no dropout: validation", "Run 2: validation");
        assertThat(robot.lookup("#chart-legend .legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Run 2", "validation").doesNotContain("Run 1");
        assertThat(twin.getText()).isEqualTo("Run again with dropout");
        Screenshots.save(view.getScene(), "training-dropout-twin-en");

        // and back: the same run with its dropout again, which is run 2 once more (same seed, same batches)
        train(robot, "#run-twin", 4);
        assertThat(view.controller().snapshot().spec()).isEqualTo(ModelPreset.MLP_128.spec());
        EpochRecord again = view.charts().current().history().get(0);
        assertThat(again.loss()).isCloseTo(run2.history().get(0).loss(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(again.valAccuracy()).isEqualTo(run2.history().get(0).valAccuracy());
        assertThat(legend.runNames()).containsExactly("Run 4 · with dropout", "Run 3 · no dropout");

        // the run list: tick run 2 to compare three runs, untick it again
        robot.interact(() -> view.tabs.getSelectionModel().select(0));
        clickTick(robot, run2);
        assertThat(legend.runNames()).containsExactly("Run 4 · with dropout", "Run 3 · no dropout", "Run 2");
        assertThat(view.charts().lossChart().series()).hasSize(3 + 2 + 2);
        clickTick(robot, run3);
        assertThat(legend.runNames()).containsExactly("Run 4 · with dropout", "Run 2");
        clickTick(robot, run2);
        assertThat(legend.runNames()).containsExactly("Run 4 · with dropout");
        assertThat(view.charts().lossChart().series()).hasSize(3);
        clickTick(robot, run3);

        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(twin.getText()).isEqualTo("드롭아웃 없이 다시 실행");
        assertThat(legend.runNames()).containsExactly("실행 4 · 드롭아웃 있음", "실행 3 · 드롭아웃 없음");
        Screenshots.save(view.getScene(), "training-dropout-twin-ko");
    }

    private static void assertDrawn(LiveChart chart, String... names) {
        for (String name : names) {
            assertThat(chart.series()).as(name).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo(name);
                assertThat(s.size()).isPositive();
            });
        }
    }

    /** Brings the run into view in the run list and clicks its tick box. */
    private void clickTick(FxRobot robot, RunRecord run) {
        robot.interact(() -> view.runs().scrollTo(run));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox tick = robot.lookup("#run-list .run-tick").queryAllAs(CheckBox.class).stream()
                .filter(c -> run.name().equals(c.getAccessibleText()) && c.getScene() != null)
                .findFirst().orElseThrow(() -> new AssertionError(run.name() + " not in the run list"));
        robot.clickOn(tick);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void twentyRunsKeepTheLegendOneLineAndTheChartsTheirSize(FxRobot robot) throws Exception {
        List<RunRecord> runs = new ArrayList<>();
        robot.interact(() -> addRuns(runs, 2));
        ChartLegend legend = view.charts().legend();
        double legendTwo = legend.getHeight();
        double chartTwo = view.charts().lossChart().getHeight();
        assertThat(legend.overflows()).as("two runs fit one line").isFalse();
        assertThat(legend.runNames()).containsExactly("Run 2", "Run 1");

        robot.interact(() -> addRuns(runs, 18));
        assertThat(legend.runNames()).as("twenty runs in a row: only the last two drawn").containsExactly("Run 20", "Run 19");
        robot.interact(() -> view.tabs.getSelectionModel().select(0));
        for (RunRecord r : runs.subList(0, 18)) {
            clickTick(robot, r);
        }
        assertThat(legend.runNames()).hasSize(20).startsWith("Run 20", "Run 19", "Run 18").endsWith("Run 1");
        assertThat(view.charts().lossChart().series()).hasSize(3 + 19 * 2);
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        assertThat(legend.overflows()).isTrue();
        double single = legend.entries().get(0).getBoundsInParent().getHeight();
        assertThat(legend.getHeight()).as("one line and a scroll bar").isLessThan(legendTwo + single)
                .isLessThan(2 * single + 4);
        assertThat(view.charts().lossChart().getHeight()).as("the plot keeps its size")
                .isGreaterThanOrEqualTo(chartTwo - (legend.getHeight() - legendTwo) - 1)
                .isGreaterThan(0.9 * chartTwo);
        Bounds legendBox = legend.localToScene(legend.getLayoutBounds());
        Bounds chartBox = view.charts().lossChart().localToScene(view.charts().lossChart().getLayoutBounds());
        Bounds chartsBox = view.charts().localToScene(view.charts().getLayoutBounds());
        assertThat(legendBox.getMaxY()).as("the legend ends above the charts' titles").isLessThanOrEqualTo(chartBox.getMinY());
        assertThat(legendBox.getMinY()).as("and starts inside the charts' area").isGreaterThanOrEqualTo(chartsBox.getMinY() - 0.5);
        Screenshots.save(view.getScene(), "training-20-runs-en");

        // the mouse wheel scrolls the legend sideways
        // (which way a wheel turn goes differs between platforms and robots: it only has to move)
        robot.interact(() -> legend.setHvalue(0.5));
        robot.moveTo(legend).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        assertThat(legend.getHvalue()).isNotEqualTo(0.5);
        Node last = legend.entries().get(legend.entries().size() - 1);
        assertThat(((Label) last).getText()).isEqualTo("Run 1");
    }

    /** {@code count} more finished runs, handed over as the presenter hands a new run to the charts and the list. */
    private void addRuns(List<RunRecord> runs, int count) {
        for (int k = 0; k < count; k++) {
            int n = runs.size() + 1;
            RunRecord r = new RunRecord(n, "D128-Drop0.2-D10 · adam 0.001");
            for (int epoch = 1; epoch <= 3; epoch++) {
                for (int b = 1; b <= 10; b++) {
                    r.addBatch(epoch - 1 + b / 10.0, 2.0 / (epoch + b / 10.0) + n * 0.01, 0.5 + epoch * 0.1);
                }
                r.addEpoch(new EpochRecord(epoch, 1.5 / epoch + n * 0.01, 0.6 + epoch * 0.1, 1.6 / epoch, 0.55 + epoch * 0.1, 1));
            }
            if (!runs.isEmpty()) {
                view.runs().add(runs.get(runs.size() - 1));
            }
            runs.add(r);
            view.charts().startRun(r);
        }
    }
}
