package org.neurallab.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.Sequential;

class EvaluatorTest {

    @Test
    void confusionMatrixAgreesWithPredictionsAndAccuracy() {
        Sequential model = TinyRuns.classifier(4);
        ArrayTrainingData data = TinyRuns.blobs(37, 5);
        Evaluation eval = Evaluator.evaluate(model, data, 10);

        assertThat(eval.examples()).isEqualTo(37);
        assertThat(eval.confusion()).hasDimensions(2, 2);
        assertThat(eval.confusion()[0][0] + eval.confusion()[0][1]).isEqualTo(19); // even rows are class 0
        assertThat(eval.confusion()[1][0] + eval.confusion()[1][1]).isEqualTo(18);
        int diagonal = eval.confusion()[0][0] + eval.confusion()[1][1];
        assertThat(eval.accuracy()).isEqualTo(diagonal / 37.0);
        int[] fromModel = ClassPredictions.of(model.predict(data.batch(range(37)).x()));
        assertThat(eval.predicted()).containsExactly(fromModel);
        // Every example's probabilities are the model's, and each cell lists its examples.
        org.nd4j.linalg.api.ndarray.INDArray probabilities = model.predict(data.batch(range(37)).x());
        for (int i = 0; i < 37; i++) {
            assertThat(eval.probabilities(i)[1]).isCloseTo(probabilities.getFloat(i, 1),
                    org.assertj.core.data.Offset.offset(1e-6f));
        }
        for (int a = 0; a < 2; a++) {
            for (int g = 0; g < 2; g++) {
                int actual = a;
                int guessed = g;
                assertThat(eval.indicesOf(actual, guessed)).hasSize(eval.confusion()[actual][guessed])
                        .allMatch(i -> eval.actual()[i] == actual && eval.predicted()[i] == guessed);
            }
        }
        // Batching does not change the result.
        assertThat(Evaluator.evaluate(model, data, 37).loss()).isCloseTo(eval.loss(),
                org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void regressionHasNoAccuracy() {
        Evaluation eval = Evaluator.evaluate(TinyRuns.linear(1), TinyRuns.line(20, 1, 2), 8);
        assertThat(eval.accuracy()).isNaN();
        assertThat(eval.hasClasses()).isFalse();
        assertThat(eval.loss()).isPositive();
    }

    @Test
    void arrayDataPicksRowsOfAnyRank() {
        ArrayTrainingData data = new ArrayTrainingData(Nd4j.arange(24).reshape(4, 1, 2, 3),
                Nd4j.eye(4).castTo(Nd4j.defaultFloatingPointType()));
        BatchPair batch = data.batch(new int[] {2, 0});
        assertThat(batch.x().shape()).containsExactly(2, 1, 2, 3);
        assertThat(batch.x().getDouble(0, 0, 0, 0)).isEqualTo(12);
        assertThat(batch.x().getDouble(1, 0, 1, 2)).isEqualTo(5);
        assertThat(ClassPredictions.of(batch.y())).containsExactly(2, 0);
        assertThat(data.classes()).isEqualTo(4);
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        Arrays.setAll(r, i -> i);
        return r;
    }
}
