package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class EngineSmokeTest {
    @Test
    void ndArraysMultiply() {
        Engine.warmUp();
        var a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
        assertThat(a.mmul(a).getFloat(1, 1)).isEqualTo(22f);
        assertThat(Engine.isReady()).isTrue();
    }
}
