package org.neurallab.lab.curriculum.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lectures 000 and 001's numbers, computed by the classes the Linear regression page runs. */
class RegressionLectureNumbersTest {

    @Test
    void lecture000DenseOneLearnsThreeXPlusOneToAbout31ButNotExactly() {
        LineTraining training = new LineTraining();
        training.finish();
        assertThat(training.done()).isEqualTo(500);
        double prediction = training.predict(10);
        // the lecture printed 31.00321; the page promises 31.0 +- 0.05, never exactly 31 after finite training
        assertThat(prediction).isCloseTo(31.0, within(0.05));
        assertThat(prediction).isNotEqualTo(31.0);
        assertThat(Math.abs(prediction - 31)).isGreaterThan(1e-4);
        assertThat(training.weight()).isCloseTo(3, within(0.02)).isNotEqualTo(3.0);
        assertThat(training.bias()).isCloseTo(1, within(0.05)).isNotEqualTo(1.0);
        double[] losses = training.losses();
        assertThat(losses).hasSize(500);
        assertThat(losses[499]).isLessThan(losses[0] / 1000);
    }

    @Test
    void otherSeedsAlsoEndNear31() {
        for (long seed = 1; seed <= 20; seed++) {
            LineTraining training = new LineTraining(RegressionData.LINE_3X_PLUS_1, seed);
            training.finish();
            assertThat(training.predict(10)).as("seed %d", seed).isCloseTo(31.0, within(0.05));
        }
    }

    @Test
    void lecture001HeightWeightClosedFormHasTheLecturesDigits() {
        LeastSquares.Fit fit = LeastSquares.fit(RegressionData.HEIGHT_WEIGHT);
        assertThat(eight(fit.slope())).isEqualTo("0.82021132");
        assertThat(String.format(Locale.ROOT, "%.7f", fit.intercept())).isEqualTo("-68.0248807");
        assertThat(fit.intercept()).isCloseTo(-68.0248807089298, within(1e-9));
        assertThat(eight(fit.rSquared())).isEqualTo("0.98127692");
        assertThat(fit.rSquared()).isCloseTo(0.9812769231994423, within(1e-12));
        assertThat(eight(fit.predict(178))).isEqualTo("77.97273347");
    }

    @Test
    void lecture001HeightWeightGradientDescentReachesTheSameLine() {
        CentredGradientDescent.Result gd = CentredGradientDescent.run(RegressionData.HEIGHT_WEIGHT,
                CentredGradientDescent.LECTURE_STEPS, CentredGradientDescent.LEARNING_RATE, 1);
        assertThat(eight(gd.slope())).isEqualTo("0.82021132");
        assertThat(String.format(Locale.ROOT, "%.7f", gd.intercept())).isEqualTo("-68.0248807");
        assertThat(eight(gd.rSquared())).isEqualTo("0.98127692");
        assertThat(eight(gd.predict(178))).isEqualTo("77.97273347");
        CentredGradientDescent.Result early = CentredGradientDescent.run(RegressionData.HEIGHT_WEIGHT, 5,
                CentredGradientDescent.LEARNING_RATE, 1);
        assertThat(Math.abs(early.predict(178) - 77.97273347)).isGreaterThan(1e-3);
    }

    @Test
    void labDataLine() {
        LeastSquares.Fit fit = LeastSquares.fit(RegressionData.LAB);
        assertThat(fit.slope()).isCloseTo(0.44, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(0.82, within(1e-12));
    }

    @Test
    void tooLargeARateDivergesWithoutNaN() {
        DescentPath fine = DescentPath.run(RegressionData.LINE_3X_PLUS_1, 0, 0, 0.05, 500);
        assertThat(fine.diverged()).isFalse();
        assertThat(fine.lastW()).isCloseTo(3, within(1e-3));
        DescentPath wild = DescentPath.run(RegressionData.LINE_3X_PLUS_1, 0, 0, 0.5, 500);
        assertThat(wild.diverged()).isTrue();
        assertThat(wild.length()).isLessThan(501);
        for (double w : wild.ws()) {
            assertThat(w).isFinite();
        }
        // just above the stability limit (2 / largest curvature = 0.177): the loss grows
        assertThat(DescentPath.run(RegressionData.LINE_3X_PLUS_1, 0, 0, 0.19, 100).diverged()).isTrue();
        assertThat(DescentPath.run(RegressionData.LINE_3X_PLUS_1, 0, 0, 0.17, 100).diverged()).isFalse();
    }

    @Test
    void contoursOfAPlaneAreStraight() {
        double[][] grid = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                grid[r][c] = c; // f = x on x in [0, 2]
            }
        }
        var segments = ContourLines.segments(grid, 0, 2, 0, 2, 0.5);
        assertThat(segments).hasSize(2);
        for (double[] s : segments) {
            assertThat(s[0]).isCloseTo(0.5, within(1e-12));
            assertThat(s[2]).isCloseTo(0.5, within(1e-12));
        }
    }

    private static String eight(double v) {
        return String.format(Locale.ROOT, "%.8f", v);
    }
}
