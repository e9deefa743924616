package org.neurallab.lab.curriculum.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.loss.MeanSquaredError;

/** Lecture 002's loss numbers, from the code the page runs. */
class LossExampleTest {

    @Test
    void sumOfSquaresOfTheRightPredictionIsTheLectures0_0975() {
        LossExample.Scores s = LossExample.score(LossExample.rightPrediction(), 2);
        assertThat(LossTopic.f4(s.halfSumOfSquares())).isEqualTo("0.0975");
        assertThat(s.halfSumOfSquares()).isCloseTo(0.0975, within(1e-12));
    }

    @Test
    void sumOfSquaresOfTheWrongPredictionIsTheLectures0_5975() {
        LossExample.Scores s = LossExample.score(LossExample.rightPrediction(), LossExample.LECTURE_WRONG_TARGET);
        assertThat(LossTopic.f4(s.halfSumOfSquares())).isEqualTo("0.5975");
    }

    @Test
    void crossEntropyOfTheRightPredictionIs0_5108AndTheLectureTableRounds0_51() {
        LossExample.Scores s = LossExample.score(LossExample.rightPrediction(), 2);
        assertThat(LossTopic.f4(s.crossEntropy())).isEqualTo("0.5108");
        assertThat(String.format(java.util.Locale.ROOT, "%.2f", s.crossEntropy())).isEqualTo("0.51");
        // not in the lecture: the wrong case has 0.1 on the answer, -log(0.1000001)
        assertThat(LossTopic.f4(LossExample.score(LossExample.rightPrediction(), LossExample.LECTURE_WRONG_TARGET).crossEntropy())).isEqualTo("2.3026");
    }

    @Test
    void theLectureTablesSumsOfSquares0_195And1_195() {
        double[] y = LossExample.rightPrediction();
        double right = 0;
        double wrong = 0;
        for (int k = 0; k < LossExample.CLASSES; k++) {
            right += LossExample.squaredDifference(y, LossExample.LECTURE_TARGET, k);
            wrong += LossExample.squaredDifference(y, LossExample.LECTURE_WRONG_TARGET, k);
        }
        assertThat(right).isCloseTo(0.195, within(1e-12));
        assertThat(wrong).isCloseTo(1.195, within(1e-12));
    }

    @Test
    void lectureRowsOfSquaredDifferences() {
        double[] y = LossExample.rightPrediction();
        assertThat(LossExample.squaredDifference(y, 2, 2)).isCloseTo(0.16, within(1e-12));
        assertThat(LossExample.squaredDifference(y, 2, 1)).isCloseTo(0.0025, within(1e-12));
        // the lecture's second table: same prediction, the answer is 7
        assertThat(LossExample.squaredDifference(y, 7, 2)).isCloseTo(0.36, within(1e-12));
        assertThat(LossExample.squaredDifference(y, 7, 7)).isCloseTo(0.81, within(1e-12));
    }

    @Test
    void theKerasMeanTheEngineTrainsWithIsAFifthOfTheLecturesNumber() {
        double[] y = LossExample.rightPrediction();
        LossExample.Scores s = LossExample.score(y, 2);
        double engine = new MeanSquaredError().forward(Nd4j.createFromArray(new double[][] {y}),
                Nd4j.createFromArray(new double[][] {LossExample.oneHot(2)}).castTo(DataType.DOUBLE));
        assertThat(s.meanOfSquares()).isCloseTo(engine, within(1e-12)).isCloseTo(0.0195, within(1e-12));
        assertThat(s.halfSumOfSquares() / s.meanOfSquares()).isCloseTo(5, within(1e-9));
    }

    @Test
    void aZeroOnTheTargetClassIsInfiniteWithoutDeltaAndFiniteWithIt() {
        LossExample.Scores s = LossExample.score(LossExample.rightPrediction(), 3);
        assertThat(s.crossEntropyWithoutDelta()).isInfinite();
        assertThat(s.crossEntropy()).isCloseTo(-Math.log(1e-7), within(1e-9));
    }

    @Test
    void theLecturesPredictionsSumToOneAndOthersAreFlagged() {
        assertThat(LossExample.score(LossExample.rightPrediction(), 2).sumsToOne()).isTrue();
        assertThat(LossExample.score(LossExample.rightPrediction(), LossExample.LECTURE_WRONG_TARGET).sumsToOne()).isTrue();
        double[] y = LossExample.rightPrediction();
        y[0] = 0.3;
        assertThat(LossExample.score(y, 2).sumsToOne()).isFalse();
    }
}
