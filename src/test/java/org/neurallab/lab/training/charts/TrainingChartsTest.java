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
}
