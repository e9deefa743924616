package org.neurallab.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.OutputLoss;

/** The bench's data and training are the real Playground task, and its rows carry the agreed fields. */
class SmallNetBenchTest {

    @Test
    void circleDataHasInnerPositiveAndOuterNegativePoints() {
        double[][][] data = SmallNetBench.circleData(500, 3);
        for (int i = 0; i < 500; i++) {
            double r = Math.hypot(data[0][i][0], data[0][i][1]);
            if (data[1][i][0] > 0) {
                assertThat(r).isLessThanOrEqualTo(2);
            } else {
                assertThat(r).isBetween(3.0, 5.0);
            }
        }
        assertThat(java.util.Arrays.stream(data[1]).filter(y -> y[0] > 0).count()).isEqualTo(250);
    }

    @Test
    void playgroundTrainingLearnsTheCircle() {
        double[][][] data = SmallNetBench.circleData(500, 0);
        DenseNet net = DenseNet.build(SmallNetBench.playgroundSpec(), 0, OutputLoss.HALF_MSE);
        double before = net.loss(data[0], data[1]);
        double after = SmallNetBench.trainPlain(net, data, 20, 0);
        assertThat(after).isLessThan(0.05).isLessThan(before / 5);
    }

    @Test
    void rowsCarryThePythonScriptsFields() {
        Map<String, Object> heat = SmallNetBench.heatmap(1);
        assertThat(heat).containsKeys("workload", "engine", "threads", "points", "seconds", "ms_per_pass");
        assertThat(heat.get("points")).isEqualTo(10000);
        Map<String, Object> play = SmallNetBench.playgroundPlain(2, 1);
        assertThat(play).containsEntry("epochs", 2).containsEntry("engine", "neural-lab-plain");
        assertThat((double) play.get("ms_per_epoch")).isPositive();
        assertThatThrownBy(() -> SmallNetBench.run(List.of("mnist"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("playground, heatmap");
    }
}
