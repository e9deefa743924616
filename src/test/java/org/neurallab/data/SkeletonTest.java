package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkeletonTest {
    @Test
    void aThickBarThinsToItsCentreLine() {
        float[] img = new float[784];
        for (int y = 12; y < 17; y++) {
            for (int x = 4; x < 24; x++) {
                img[y * 28 + x] = 1f;
            }
        }
        List<double[]> segments = Skeleton.segments(img);
        assertThat(segments).isNotEmpty();
        double minX = 28;
        double maxX = 0;
        for (double[] s : segments) {
            assertThat(s[1]).isCloseTo(14.5, within(0.8));
            assertThat(s[3]).isCloseTo(14.5, within(0.8));
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
        }
        assertThat(maxX - minX).as("the line runs most of the bar's length").isGreaterThan(12);
    }

    @Test
    void anEmptyImageHasNoLines() {
        assertThat(Skeleton.segments(new float[784])).isEmpty();
    }
}
