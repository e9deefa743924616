package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.lab.digits.fix.Correction;
import org.neurallab.lab.digits.fix.FineTuneResult;
import org.neurallab.lab.digits.fix.FineTuner;
import org.neurallab.lab.digits.model.DigitModel;

class FineTunerTest {

    @Test
    void fixesAMisreadWithoutForgettingMnist() throws Exception {
        DigitModel model = DigitModel.load(TestModels.mnist());
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN);
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < test.count() && corrections.size() < 2; i++) {
            int said = model.predict(test.image(i)).top();
            if (said != test.label(i)) {
                corrections.add(new Correction(test.image(i), test.label(i), said));
            }
        }
        assertThat(corrections).isNotEmpty();
        DigitModel copy = model.copy();
        long start = System.nanoTime();
        FineTuneResult result = FineTuner.run(copy, corrections, train, test, 1, (stage, f) -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.fixed()).isEqualTo(corrections.size());
        for (Correction c : corrections) {
            assertThat(result.model().predict(c.pixels()).top()).isEqualTo(c.label());
            assertThat(model.predict(c.pixels()).top()).isEqualTo(c.misreadAs());
        }
        assertThat(result.dropPoints()).isLessThanOrEqualTo(FineTuneResult.MAX_DROP_POINTS);
        assertThat(result.accuracyBefore()).isGreaterThan(0.9);
        assertThat(result.accepted()).isTrue();
        // Timing is logged, not asserted: the build machine is shared and its speed varies.
        org.slf4j.LoggerFactory.getLogger(FineTunerTest.class).info(
                "Fine-tuning on {} corrections took {} s; test accuracy {} -> {}", corrections.size(), seconds,
                result.accuracyBefore(), result.accuracyAfter());
    }
}
