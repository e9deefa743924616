package org.neurallab.lab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.neurallab.train.TrainingService;

class TrainingLoopTest {
    private final TrainingService service = new TrainingService();

    @AfterEach
    void shutDown() {
        service.shutdown();
    }

    private TrainingLoop newLoop() {
        return new TrainingLoop(PlaygroundSession.start(new PlaygroundConfig()), service.worker("playground-test"));
    }

    /** Waits (at most 10 s) for a snapshot of this epoch: step() is a run control, done soon after it returns. */
    private static FrameSnapshot awaitEpoch(TrainingLoop loop, int epoch) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        FrameSnapshot s = newest(loop);
        while (s.epoch != epoch && System.currentTimeMillis() < end) {
            Thread.sleep(10);
            loop.recycle(s);
            s = newest(loop);
        }
        return s;
    }

    private static FrameSnapshot newest(TrainingLoop loop) {
        loop.sync();
        loop.edit(s -> { });
        loop.sync();
        FrameSnapshot last = null;
        for (int i = 0; i < 50; i++) {
            FrameSnapshot s = loop.poll();
            if (s != null) {
                if (last != null) {
                    loop.recycle(last);
                }
                last = s;
            }
            if (last != null && i > 2) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return last;
    }

    @Test
    void trainsOneEpochPerFrameTickAndStepsWhilePaused() throws Exception {
        try (TrainingLoop loop = newLoop()) {
            FrameSnapshot first = newest(loop);
            assertThat(first.epoch).isZero();
            loop.step();
            assertThat(awaitEpoch(loop, 1).epoch).isEqualTo(1);
            Thread.sleep(100);
            assertThat(newest(loop).epoch).as("paused: one step, then no more").isEqualTo(1);
            loop.play();
            for (int i = 0; i < 10; i++) {
                loop.frameTick();
                loop.sync();
            }
            loop.pause();
            int epoch = newest(loop).epoch;
            assertThat(epoch).isBetween(2, 12);
            assertThat(loop.timeline().size()).isPositive();
        }
    }

    @Test
    void snapshotsCarryTheWeightsAndPictures() {
        try (TrainingLoop loop = newLoop()) {
            loop.edit(s -> s.setWeight(0, 1, 2, 0.75));
            FrameSnapshot s = newest(loop);
            assertThat(s.weight(0, 1, 2)).isEqualTo(0.75);
            assertThat(s.outputPixels).hasSize(GridMaps.OUTPUT_RESOLUTION * GridMaps.OUTPUT_RESOLUTION);
            assertThat(s.neuronPixels[0][0]).hasSize(GridMaps.NEURON_RESOLUTION * GridMaps.NEURON_RESOLUTION);
            // the picture is not one flat colour
            assertThat(java.util.Arrays.stream(s.outputPixels).distinct().count()).isGreaterThan(10);
        }
    }

    @Test
    void timelineMemoryIsBounded() {
        Timeline t = new Timeline();
        int[] pixels = new int[16];
        for (int e = 0; e <= 5000; e++) {
            t.record(e, pixels);
        }
        assertThat(t.size()).isLessThan(Timeline.CAPACITY);
        assertThat(t.get(0).epoch()).isZero();
        assertThat(t.get(t.size() - 1).epoch()).isGreaterThan(4000);
    }

    @Test
    void frameBenchReportsItsFields() {
        Map<String, Object> r = PlaygroundFrameBench.run(2, 3);
        assertThat(r).containsKeys("ms_per_frame_median", "ms_epoch_median", "output_resolution");
        assertThat((Double) r.get("ms_per_frame_median")).isPositive();
        assertThat(r.get("output_resolution")).isEqualTo(GridMaps.OUTPUT_RESOLUTION);
    }
}
