package org.neurallab.lab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.LossChoice;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/** The lecture's claims about what a network can and cannot learn, on seeded data. */
class LearningTest {

    private static PlaygroundConfig config(PointDataset kind, EnumSet<Feature> features, List<HiddenLayer> layers) {
        PlaygroundConfig c = new PlaygroundConfig();
        c.setDataset(kind);
        c.setFeatures(features);
        c.setLayers(layers);
        c.setDataSeed(3);
        c.setInitSeed(5);
        return c;
    }

    private static double bestTestLoss(PlaygroundSession s, int epochs) {
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < epochs; e++) {
            s.trainEpoch();
            best = Math.min(best, s.metrics().testLoss());
        }
        return best;
    }

    /** Playground defaults (learning rate 0.03, batch 10). Some seeds sit in a local minimum for longer. */
    @Test
    void xorWithFourTanhNeuronsLearns() {
        PlaygroundConfig c = config(PointDataset.XOR, EnumSet.of(Feature.X1, Feature.X2),
                List.of(new HiddenLayer(4, Activation.TANH)));
        c.setDataSeed(4);
        c.setInitSeed(4);
        PlaygroundSession s = PlaygroundSession.start(c);
        double start = s.metrics().testLoss();
        assertThat(bestTestLoss(s, 500)).isLessThan(0.05).isLessThan(start);
        assertThat(s.metrics().testAccuracy()).isGreaterThan(0.95);
    }

    @Test
    void aLineCannotSeparateTheCircle() {
        PlaygroundSession s = PlaygroundSession.start(config(PointDataset.CIRCLE, EnumSet.of(Feature.X1, Feature.X2),
                List.of()));
        assertThat(bestTestLoss(s, 500)).isGreaterThan(0.3);
    }

    @Test
    void squaredFeaturesSeparateTheCircleWithoutHiddenLayers() {
        PlaygroundSession s = PlaygroundSession.start(config(PointDataset.CIRCLE,
                EnumSet.of(Feature.X1_SQUARED, Feature.X2_SQUARED), List.of()));
        assertThat(bestTestLoss(s, 500)).isLessThan(0.05);
    }

    @Test
    void multiclassBlobsWithCrossEntropyReachHighAccuracy() {
        PlaygroundConfig c = config(PointDataset.BLOBS, EnumSet.of(Feature.X1, Feature.X2),
                List.of(new HiddenLayer(4, Activation.RELU)));
        c.setClasses(4);
        c.setLoss(LossChoice.CROSS_ENTROPY);
        PlaygroundSession s = PlaygroundSession.start(c);
        bestTestLoss(s, 100);
        assertThat(s.metrics().testAccuracy()).isGreaterThan(0.9);
    }

    @Test
    void sameSeedsGiveTheSameCurve() {
        PlaygroundConfig c = config(PointDataset.SPIRAL, EnumSet.of(Feature.X1, Feature.X2, Feature.SIN_X1),
                List.of(new HiddenLayer(5, Activation.ELU)));
        PlaygroundSession a = PlaygroundSession.start(c);
        PlaygroundSession b = PlaygroundSession.start(c);
        for (int e = 0; e < 20; e++) {
            a.trainEpoch();
            b.trainEpoch();
        }
        assertThat(a.metrics()).isEqualTo(b.metrics());
        // and a save/restore carries on identically in weights
        PlaygroundSession restored = PlaygroundSession.start(a.snapshotConfig());
        assertThat(restored.metrics()).isEqualTo(a.metrics());
        assertThat(restored.epoch()).isEqualTo(20);
    }
}
