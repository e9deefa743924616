package org.neurallab.lab.curriculum.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.GradientCheck;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.lab.curriculum.gradcheck.NetworkGradientCheck.Settings;
import org.neurallab.lab.curriculum.gradcheck.NetworkGradientCheck.Verdict;

/** The check the page runs: back-propagation agrees with central differences, and the planted bug is caught. */
class NetworkGradientCheckTest {

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    void backPropagationAgreesWithCentralDifferencesAtTheLecturesH(Activation activation) {
        NetworkGradientCheck.Result r = NetworkGradientCheck.run(new Settings(activation, 1, 1e-4, false));
        assertThat(r.entries()).hasSize(4 * 5 + 5 + 5 * 3 + 3);
        assertThat(r.summaries()).extracting(NetworkGradientCheck.Summary::parameter)
                .containsExactly("W1", "b1", "W2", "b2");
        for (NetworkGradientCheck.Summary s : r.summaries()) {
            assertThat(s.maxRelativeError()).as(activation + " " + s).isLessThan(1e-6);
            assertThat(s.verdict()).isIn(Verdict.EXCELLENT, Verdict.GOOD);
        }
        // not trivially zero
        assertThat(r.entries().stream().mapToDouble(e -> Math.abs(e.analytic())).max().orElse(0)).isGreaterThan(1e-3);
    }

    @Test
    void theLecturesHIsTheDefaultAndSmoothActivationsAreExcellent() {
        assertThat(Settings.lecture().h()).isEqualTo(1e-4);
        NetworkGradientCheck.Result r = NetworkGradientCheck.run(Settings.lecture());
        assertThat(r.summaries()).allSatisfy(s -> assertThat(s.verdict()).isEqualTo(Verdict.EXCELLENT));
    }

    @Test
    void perEntryMaximaMatchTheEnginesOwnGradientCheck() {
        Settings s = new Settings(Activation.TANH, 3, 1e-5, false);
        NetworkGradientCheck.Result r = NetworkGradientCheck.run(s);
        List<GradientCheck.Result> engine = GradientCheck.check(NetworkGradientCheck.model(s.activation(), s.seed()),
                NetworkGradientCheck.inputs(s.seed()), NetworkGradientCheck.targets(s.seed()), Regularization.NONE, s.h());
        for (int i = 0; i < 4; i++) {
            assertThat(r.summaries().get(i).maxRelativeError())
                    .isCloseTo(engine.get(i).maxRelativeError(), within(1e-12));
        }
    }

    @Test
    void theBrokenBackwardFailsOnTheFirstLayerOnly() {
        NetworkGradientCheck.Result r = NetworkGradientCheck.run(new Settings(Activation.SIGMOID, 1, 1e-4, true));
        assertThat(r.summary("W1").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(r.summary("b1").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(r.summary("W2").verdict()).isEqualTo(Verdict.EXCELLENT);
        assertThat(r.summary("b2").verdict()).isEqualTo(Verdict.EXCELLENT);
    }

    @Test
    void aTinyHDrownsInRoundingAndAHugeHInTruncation() {
        double good = worst(NetworkGradientCheck.run(new Settings(Activation.SIGMOID, 1, 1e-5, false)));
        double tiny = worst(NetworkGradientCheck.run(new Settings(Activation.SIGMOID, 1, 1e-12, false)));
        double huge = worst(NetworkGradientCheck.run(new Settings(Activation.SIGMOID, 1, 0.5, false)));
        assertThat(tiny).isGreaterThan(100 * good);
        assertThat(huge).isGreaterThan(100 * good);
    }

    @Test
    void verdictThresholds() {
        assertThat(Verdict.of(1e-9)).isEqualTo(Verdict.EXCELLENT);
        assertThat(Verdict.of(1e-6)).isEqualTo(Verdict.GOOD);
        assertThat(Verdict.of(1e-4)).isEqualTo(Verdict.DOUBTFUL);
        assertThat(Verdict.of(0.2)).isEqualTo(Verdict.WRONG);
    }

    private static double worst(NetworkGradientCheck.Result r) {
        return r.summaries().stream().mapToDouble(NetworkGradientCheck.Summary::maxRelativeError).max().orElse(0);
    }
}
