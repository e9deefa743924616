package org.neurallab.lab.curriculum.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Lecture 001's keras_xor.py: the run the page starts (same class, same seed) ends near the lecture's outputs. */
class XorTrainingTest {
    private static final double[] LECTURE = {0.02927434, 0.966822, 0.97259355, 0.02586958};

    @Test
    void thePagesRunRoundsToXorAndLandsNearTheLecturesOutputs() {
        XorTraining run = new XorTraining(XorTraining.LECTURE_SEED);
        run.trainToLecture();
        double[] out = run.predictions();
        assertThat(run.epochsDone()).isEqualTo(10_000);
        assertThat(java.util.Arrays.stream(out).map(Math::round).toArray()).containsExactly(0, 1, 1, 0);
        for (int i = 0; i < 4; i++) {
            // the lecture's neighbourhood: about [0.03, 0.97, 0.97, 0.03]
            assertThat(out[i]).as("output %d", i).isCloseTo(LECTURE[i], within(0.01));
        }
        // lecture 001's last epochs print losses of 8.2e-04 to 9.0e-04
        assertThat(run.loss()).isBetween(5e-4, 1.5e-3);
        assertThat(run.isStuck()).isFalse();
        assertThat(XorTrainingPane.LECTURE_OUTPUTS).containsExactly(LECTURE);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        XorTraining a = new XorTraining(7);
        XorTraining b = new XorTraining(7);
        for (int i = 0; i < 200; i++) {
            assertThat(a.epoch()).isEqualTo(b.epoch());
        }
        assertThat(a.predictions()).containsExactly(b.predictions());
    }

    @Test
    void someSeedsGetStuckInALocalMinimum() {
        XorTraining run = new XorTraining(1);
        run.trainToLecture();
        assertThat(run.isStuck()).isTrue();
        assertThat(run.loss()).isCloseTo(0.125, within(0.01));
    }

    @Test
    void theBackgroundTrainerPublishesAFinishedSnapshot() throws Exception {
        try (org.neurallab.train.TrainingService service = new org.neurallab.train.TrainingService()) {
            XorTrainer trainer = new XorTrainer(false, service.worker("xor-test"));
            trainer.start(XorTraining.LECTURE_SEED);
            long deadline = System.currentTimeMillis() + 10_000;
            while (trainer.isRunning() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            XorTrainer.Snapshot s = trainer.latest();
            assertThat(s.finished()).isTrue();
            assertThat(s.epoch()).isEqualTo(10_000);
            assertThat(s.lossCurve()).hasSize(10_000 / XorTrainer.CURVE_STEP + 1);
            XorTraining same = new XorTraining(XorTraining.LECTURE_SEED);
            same.trainToLecture();
            assertThat(s.predictions()).containsExactly(same.predictions());
        }
    }

    @Test
    void stopEndsTheRunAndAFreshStartTrainsAgain() throws Exception {
        try (org.neurallab.train.TrainingService service = new org.neurallab.train.TrainingService()) {
            XorTrainer trainer = new XorTrainer(true, service.worker("xor-test"));
            trainer.start(3);
            Thread.sleep(200);
            trainer.stop();
            assertThat(trainer.isRunning()).isFalse();
            XorTrainer.Snapshot stopped = trainer.latest();
            assertThat(stopped.finished()).isFalse();
            Thread.sleep(100);
            assertThat(trainer.latest()).isSameAs(stopped);
            trainer.start(3);
            long deadline = System.currentTimeMillis() + 20_000;
            while (trainer.isRunning() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertThat(trainer.latest().finished()).isTrue();
        }
    }
}
