package org.neurallab.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedrawPacerTest {
    private static final long FRAME = 16_666_667L; // 60 frames a second

    @Test
    void aStreamOfFramesIsDrawnTenTimesASecond() {
        RedrawPacer pacer = new RedrawPacer(10);
        int drawn = 0;
        long start = 5_000_000_000L; // any clock origin
        for (int frame = 0; frame < 600; frame++) { // ten seconds of frames with a new point each
            if (pacer.take(start + frame * FRAME)) {
                drawn++;
            }
        }
        // the first frame draws, then one frame in six (100 ms is exactly six frames of 16.7 ms, rounded up)
        assertThat(drawn).isBetween(86, 101);
    }

    @Test
    void theFirstFrameAndAForcedOneDrawAtOnce() {
        RedrawPacer pacer = new RedrawPacer(10);
        assertThat(pacer.take(0)).isTrue();
        assertThat(pacer.take(FRAME)).isFalse();
        pacer.force(); // an epoch ended: its point must show now
        assertThat(pacer.take(2 * FRAME)).isTrue();
        assertThat(pacer.take(3 * FRAME)).isFalse();
        // a pause: no frames for a while, then the next point draws at once
        assertThat(pacer.take(3 * FRAME + 100_000_000L)).isTrue();
    }

    @Test
    void nonsenseRatesAreRefused() {
        assertThatThrownBy(() -> new RedrawPacer(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedrawPacer(1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
