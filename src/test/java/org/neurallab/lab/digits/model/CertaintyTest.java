package org.neurallab.lab.digits.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertaintyTest {
    private static float[] ink(double total) {
        float[] px = new float[784];
        for (int i = 0; i < total; i++) {
            px[i] = 1f;
        }
        return px;
    }

    @Test
    void aLowTopProbabilityOrTooMuchInkIsNotSure() {
        Prediction sure = new Prediction(new float[] {0.02f, 0.9f, 0.08f});
        Prediction torn = new Prediction(new float[] {0.35f, 0.4f, 0.25f});
        assertThat(Certainty.unsure(sure, ink(100), true)).isFalse();
        assertThat(Certainty.unsure(torn, ink(100), true)).isTrue();
        assertThat(Certainty.unsure(sure, ink(300), true)).as("a scribble").isTrue();
        assertThat(Certainty.unsure(sure, ink(300), false)).as("clothing has lots of ink").isFalse();
        assertThat(torn.topClasses(3)).containsExactly(1, 0, 2);
        assertThat(sure.topClasses(2)).containsExactly(1, 2);
    }
}
