package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neurallab.train.TrainingEvent;

class EpochRecordTest {

    @Test
    void keepsWhatTheEpochAchievedNumberedAfterEarlierEpochs() {
        TrainingEvent.EpochEnd end = new TrainingEvent.EpochEnd(2, 0.4, 0.875, Double.NaN, Double.NaN, 3.5, 1000);
        assertThat(EpochRecord.of(end)).isEqualTo(new EpochRecord(2, 0.4, 0.875, Double.NaN, Double.NaN, 3.5));
        assertThat(EpochRecord.of(end, 5).epoch()).isEqualTo(7);
        assertThat(EpochRecord.of(new TrainingEvent.EpochEnd(1, 0.5, 0.5, 0.6, 0.45, 1, 10)).valAccuracy())
                .isEqualTo(0.45);
    }
}
