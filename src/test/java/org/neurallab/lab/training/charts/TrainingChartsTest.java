package org.neurallab.lab.training.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TrainingChartsTest {
    @Start
    void start(Stage stage) {
        I18n.get().setLocale(I18n.ENGLISH);
    }

    @Test
    void anEarlierRunIsOverlaidWhileShownAndLetsTheChartsGoOnceForgotten(FxRobot robot) throws InterruptedException {
        RunRecord first = new RunRecord(1, "first");
        RunRecord second = new RunRecord(2, "second");
        AtomicReference<TrainingCharts> charts = new AtomicReference<>();
        robot.interact(() -> {
            charts.set(new TrainingCharts());
            charts.get().startRun(first);
            charts.get().startRun(second);
        });
        int withFirst = charts.get().lossChart().series().size();
        // hiding the overlaid run takes its two loss curves out of the chart, showing it puts them back
        robot.interact(() -> first.shownProperty().set(false));
        assertThat(charts.get().lossChart().series()).hasSize(withFirst - 2);
        robot.interact(() -> first.shownProperty().set(true));
        assertThat(charts.get().lossChart().series()).hasSize(withFirst);

        robot.interact(() -> charts.get().forget(first));
        assertThat(charts.get().earlierRuns()).isEmpty();
        assertThat(charts.get().lossChart().series()).hasSize(withFirst - 2);
        // the forgotten run lives on (in the run list, say); it must not keep the charts alive
        WeakReference<TrainingCharts> gone = new WeakReference<>(charts.getAndSet(null));
        for (int i = 0; i < 5 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(gone.get()).isNull();
        assertThat(first.shownProperty().get()).isTrue();
    }

    @Test
    void onlyTheRunBeforeAndTheRunsTheStudentTickedAreDrawnAndNamed(FxRobot robot) {
        AtomicReference<TrainingCharts> charts = new AtomicReference<>();
        RunRecord[] runs = new RunRecord[6];
        robot.interact(() -> {
            charts.set(new TrainingCharts());
            for (int i = 0; i < runs.length; i++) {
                runs[i] = new RunRecord(i + 1, "run " + (i + 1), i == 3 ? "training.runs.noDropout" : null);
                runs[i].addEpoch(org.neurallab.io.EpochRecord.withoutValidation(1, 1.0 / (i + 1), 0.5, 1));
                if (i == 1) {
                    runs[0].choose(true); // the student keeps run 1 on the charts
                }
                charts.get().startRun(runs[i]);
            }
        });
        ChartLegend legend = charts.get().legend();
        // run 6 is trained now, run 5 was the one before, run 1 was ticked; runs 2 to 4 went quietly
        assertThat(legend.runNames()).containsExactly("Run 6", "Run 5", "Run 1");
        assertThat(runs[3].name()).isEqualTo("Run 4 · no dropout");
        assertThat(runs[1].shownProperty().get()).isFalse();
        assertThat(charts.get().lossChart().series()).hasSize(3 + 2 * 2)
                .extracting(org.neurallab.ui.chart.Series::name).contains("Run 1: train (epoch)", "Run 5: validation");

        robot.interact(() -> runs[3].choose(true));
        assertThat(legend.runNames()).containsExactly("Run 6", "Run 5", "Run 4 · no dropout", "Run 1");
        robot.interact(() -> runs[0].choose(false));
        assertThat(legend.runNames()).containsExactly("Run 6", "Run 5", "Run 4 · no dropout");
        assertThat(charts.get().lossChart().series()).hasSize(3 + 2 * 2);
        // a new run: run 6 joins, run 5 (only ticked automatically) goes, run 4 (ticked) stays
        robot.interact(() -> charts.get().startRun(new RunRecord(7, "run 7")));
        assertThat(legend.runNames()).containsExactly("Run 7", "Run 6", "Run 4 · no dropout");
        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        assertThat(legend.runNames()).containsExactly("실행 7", "실행 6", "실행 4 · 드롭아웃 없음");
        robot.interact(() -> I18n.get().setLocale(I18n.ENGLISH));
    }
}
