package org.neurallab.lab.playground.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

    private static List<DataPoint> gen(PointDataset kind, int noise) {
        return DatasetGenerator.generate(new DatasetSpec(kind, 3, noise, 50, 7));
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        assertThat(gen(PointDataset.SPIRAL, 20)).isEqualTo(gen(PointDataset.SPIRAL, 20));
        assertThat(DatasetGenerator.generate(new DatasetSpec(PointDataset.SPIRAL, 3, 20, 50, 8)))
                .isNotEqualTo(gen(PointDataset.SPIRAL, 20));
    }

    @Test
    void circleWithoutNoiseIsLabelledByRadius() {
        List<DataPoint> points = gen(PointDataset.CIRCLE, 0);
        assertThat(points).hasSize(DatasetSpec.POINTS);
        for (DataPoint p : points) {
            double r = Math.hypot(p.x1(), p.x2());
            assertThat(p.label()).isEqualTo(r < 2.5 ? 1.0 : 0.0);
            assertThat(r).satisfiesAnyOf(v -> assertThat(v).isLessThanOrEqualTo(2.5), v -> assertThat(v).isBetween(3.5, 5.0));
        }
        assertThat(points.stream().filter(p -> p.label() == 1).count()).isEqualTo(250);
    }

    @Test
    void noiseFlipsSomeCircleLabels() {
        long flipped = gen(PointDataset.CIRCLE, 50).stream()
                .filter(p -> (Math.hypot(p.x1(), p.x2()) < 2.5 ? 1.0 : 0.0) != p.label()).count();
        assertThat(flipped).isPositive();
    }

    @Test
    void xorIsLabelledByQuadrantAndKeepsAwayFromTheAxes() {
        for (DataPoint p : gen(PointDataset.XOR, 0)) {
            assertThat(Math.abs(p.x1())).isGreaterThanOrEqualTo(0.3);
            assertThat(p.label()).isEqualTo(p.x1() * p.x2() >= 0 ? 1.0 : 0.0);
        }
    }

    @Test
    void gaussianCloudsSitAroundTheirCentres() {
        double sumPositive = 0;
        for (DataPoint p : gen(PointDataset.GAUSSIAN, 0)) {
            if (p.label() == 1) {
                sumPositive += p.x1() + p.x2();
            }
        }
        assertThat(sumPositive / 250).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void multiclassSetsUseEveryClass() {
        for (PointDataset kind : List.of(PointDataset.BLOBS, PointDataset.SPIRALS)) {
            for (int k = 3; k <= 5; k++) {
                List<DataPoint> points = DatasetGenerator.generate(new DatasetSpec(kind, k, 10, 50, 3));
                assertThat(points.stream().mapToInt(DataPoint::classIndex).distinct().count()).isEqualTo(k);
            }
        }
    }

    @Test
    void regressionLabelsStayInRange() {
        for (PointDataset kind : List.of(PointDataset.PLANE, PointDataset.MULTI_GAUSSIAN)) {
            assertThat(gen(kind, 30)).allSatisfy(p -> assertThat(Math.abs(p.label())).isLessThanOrEqualTo(1.0));
        }
        DataPoint p = gen(PointDataset.PLANE, 0).get(0);
        assertThat(p.label()).isCloseTo((p.x1() + p.x2()) / 10, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void logicGatesAreTheirTruthTables() {
        assertThat(gen(PointDataset.GATE_AND, 0)).extracting(DataPoint::label).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(gen(PointDataset.GATE_OR, 0)).extracting(DataPoint::label).containsExactly(0.0, 1.0, 1.0, 1.0);
        assertThat(gen(PointDataset.GATE_XOR, 0)).extracting(DataPoint::label).containsExactly(0.0, 1.0, 1.0, 0.0);
        TrainTestSplit split = TrainTestSplit.generate(new DatasetSpec(PointDataset.GATE_XOR, 3, 0, 10, 1));
        assertThat(split.train()).hasSize(4);
        assertThat(split.test()).hasSize(4);
    }

    @Test
    void splitFollowsTheRatio() {
        TrainTestSplit split = TrainTestSplit.generate(new DatasetSpec(PointDataset.CIRCLE, 3, 0, 30, 1));
        assertThat(split.train()).hasSize(150);
        assertThat(split.test()).hasSize(350);
    }

    @Test
    void badSpecsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new DatasetSpec(PointDataset.CIRCLE, 3, 51, 50, 1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> new DatasetSpec(PointDataset.CIRCLE, 3, 0, 95, 1)).hasMessageContaining("training share");
        assertThatThrownBy(() -> new DatasetSpec(PointDataset.BLOBS, 6, 0, 50, 1)).hasMessageContaining("classes");
    }
}
