package org.neurallab.lab.curriculum.kmeans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KMeansTest {

    private static KMeans on(List<double[]> points, int k, KMeans.Init init, long seed) {
        KMeans m = new KMeans();
        m.setPoints(points);
        m.initialise(k, init, new Random(seed));
        return m;
    }

    @ParameterizedTest
    @EnumSource(KMeans.Init.class)
    void inertiaNeverIncreasesFromStepToStep(KMeans.Init init) {
        for (long seed = 0; seed < 20; seed++) {
            KMeans m = on(Blobs.generate(4, 25, seed), 1 + (int) (seed % 8), init, seed);
            m.runToConvergence(100);
            assertThat(m.converged()).isTrue();
            List<Double> h = m.inertiaHistory();
            for (int i = 1; i < h.size(); i++) {
                assertThat(h.get(i)).as("seed " + seed + " step " + i).isLessThanOrEqualTo(h.get(i - 1) + 1e-9);
            }
        }
    }

    @Test
    void stepsAlternateAssignAndUpdate() {
        KMeans m = on(Blobs.generate(3, 10, 1), 3, KMeans.Init.RANDOM_POINTS, 1);
        assertThat(m.nextStep()).isEqualTo(KMeans.StepKind.ASSIGN);
        assertThat(m.assignment()).containsOnly(-1);
        assertThat(m.step()).isEqualTo(KMeans.StepKind.ASSIGN);
        assertThat(m.assignment()).doesNotContain(-1);
        assertThat(m.step()).isEqualTo(KMeans.StepKind.UPDATE);
        assertThat(m.iterations()).isEqualTo(1);
        assertThat(m.inertiaHistory()).hasSize(2);
    }

    @Test
    void kMeansPlusPlusFindsTheCentresOfSeparatedBlobs() {
        for (long seed = 0; seed < 10; seed++) {
            double[][] truth = Blobs.centres(3, seed);
            KMeans m = on(Blobs.generate(3, 40, seed), 3, KMeans.Init.PLUS_PLUS, seed);
            m.runToConvergence(100);
            assertThat(m.converged()).isTrue();
            for (double[] centre : truth) {
                double nearest = Double.MAX_VALUE;
                for (double[] c : m.centroids()) {
                    nearest = Math.min(nearest, Math.sqrt(KMeans.squaredDistance(centre, c)));
                }
                // 40 points with spread 0.7: the sample mean lies within a few tenths of the true centre
                assertThat(nearest).as("seed " + seed).isLessThan(0.4);
            }
        }
    }

    @Test
    void aFinishedRunPutsEachCentroidAtTheMeanOfItsPoints() {
        List<double[]> pts = List.of(new double[] {0, 0}, new double[] {0, 2}, new double[] {10, 0}, new double[] {10, 4});
        KMeans m = on(pts, 2, KMeans.Init.PLUS_PLUS, 3);
        m.runToConvergence(100);
        double[][] c = m.centroids();
        java.util.Arrays.sort(c, (a, b) -> Double.compare(a[0], b[0]));
        assertThat(c[0]).containsExactly(0, 1);
        assertThat(c[1]).containsExactly(10, 2);
        assertThat(m.inertia()).isCloseTo(1 + 1 + 4 + 4, within(1e-12));
    }

    @Test
    void anAddedPointIsAssignedOnTheNextStep() {
        KMeans m = on(Blobs.generate(2, 10, 5), 2, KMeans.Init.PLUS_PLUS, 5);
        m.runToConvergence(100);
        m.addPoint(0, 0);
        assertThat(m.converged()).isFalse();
        assertThat(m.nextStep()).isEqualTo(KMeans.StepKind.ASSIGN);
        assertThat(m.assignment()[m.points().size() - 1]).isEqualTo(-1);
        m.step();
        assertThat(m.assignment()[m.points().size() - 1]).isGreaterThanOrEqualTo(0);
    }

    @Test
    void moreCentroidsThanPointsAndNoPointsAtAll() {
        KMeans m = on(List.of(new double[] {1, 1}, new double[] {2, 2}), 5, KMeans.Init.RANDOM_POINTS, 1);
        m.runToConvergence(100);
        assertThat(m.inertia()).isEqualTo(0);
        KMeans empty = on(List.of(), 3, KMeans.Init.PLUS_PLUS, 1);
        empty.step();
        assertThat(empty.centroids()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        KMeans a = on(Blobs.generate(4, 20, 9), 4, KMeans.Init.RANDOM_POINTS, 9);
        KMeans b = on(Blobs.generate(4, 20, 9), 4, KMeans.Init.RANDOM_POINTS, 9);
        a.runToConvergence(100);
        b.runToConvergence(100);
        assertThat(a.inertiaHistory()).isEqualTo(b.inertiaHistory());
    }
}
