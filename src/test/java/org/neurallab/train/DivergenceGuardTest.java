package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rule that stops a run whose loss ran away: NaN or infinity, far above its start, or chance after an epoch. */
class DivergenceGuardTest {
    private static final int BATCHES = 50;

    /** Feeds a whole run of batch losses and accuracies; returns normally if the guard let it finish. */
    private static void run(int classes, double[] losses, double[] accuracies) {
        DivergenceGuard guard = new DivergenceGuard(classes, BATCHES, 0.1);
        for (int i = 0; i < losses.length; i++) {
            guard.check(i / BATCHES + 1, i % BATCHES + 1, losses[i], accuracies[i]);
        }
    }

    private static double[] healthyLosses(int n, long seed) {
        Random r = new Random(seed);
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = 2.3 * Math.exp(-i / 40.0) + 0.1 + 0.3 * r.nextDouble();
        }
        l[n / 3] = 60; // one bad batch is not a divergence
        return l;
    }

    private static double[] accuracies(int n, double from, double to) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = from + (to - from) * i / n;
        }
        return a;
    }

    @Test
    void aHealthyRunWithOneBadBatchFinishes() {
        assertThatCode(() -> run(10, healthyLosses(3 * BATCHES, 1), accuracies(3 * BATCHES, 0.1, 0.95)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSlowLearnerNearChanceIsNotADivergence() {
        double[] losses = new double[2 * BATCHES];
        java.util.Arrays.fill(losses, 2.30);
        assertThatCode(() -> run(10, losses, accuracies(2 * BATCHES, 0.09, 0.12))).doesNotThrowAnyException();
    }

    @Test
    void nanOrInfinityStopsAtOnce() {
        double[] losses = healthyLosses(BATCHES, 2);
        losses[7] = Double.NaN;
        assertThatThrownBy(() -> run(10, losses, accuracies(BATCHES, 0.1, 0.5)))
                .isInstanceOfSatisfying(LossDivergedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.batch()).isEqualTo(8);
                    org.assertj.core.api.Assertions.assertThat(e.loss()).isNaN();
                });
    }

    @Test
    void aLossFarAboveItsStartStopsTheRunWithinAnEpoch() {
        // SGD at learning rate 100: wild swings, most batches hundreds to billions of times the start.
        Random r = new Random(5);
        double[] losses = new double[3 * BATCHES];
        losses[0] = 2.4;
        for (int i = 1; i < losses.length; i++) {
            losses[i] = r.nextDouble() < 0.3 ? 40 + r.nextDouble() * 30 : Math.pow(10, 3 + r.nextDouble() * 7);
        }
        assertThatThrownBy(() -> run(10, losses, accuracies(losses.length, 0.1, 0.1)))
                .isInstanceOfSatisfying(LossDivergedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.epoch()).isEqualTo(1);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("diverged").contains("2.4");
                });
    }

    @Test
    void chanceAccuracyWithALossAboveTheStartAfterAnEpochStops() {
        double[] losses = new double[2 * BATCHES];
        losses[0] = 2.3;
        for (int i = 1; i < losses.length; i++) {
            losses[i] = i % 2 == 0 ? 14 : 3; // median 8.5: under ten times the start, but far from learning
        }
        assertThatThrownBy(() -> run(10, losses, accuracies(losses.length, 0.1, 0.1)))
                .isInstanceOfSatisfying(LossDivergedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.epoch()).isEqualTo(1);
                    org.assertj.core.api.Assertions.assertThat(e.batch()).isEqualTo(BATCHES);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("chance");
                });
    }
}
