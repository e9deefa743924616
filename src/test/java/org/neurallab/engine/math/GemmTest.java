package org.neurallab.engine.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.neurallab.engine.Engine;

/** Direct BLAS products give what ND4J's own matrix product gives, for every layout BLAS reads in place. */
class GemmTest {

    private static INDArray random(DataType type, long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(DataType.DOUBLE, shape).subi(0.5).castTo(type);
    }

    private static INDArray op(INDArray a, boolean transpose) {
        return transpose ? a.transpose() : a;
    }

    @Test
    void everyTransposeCombinationMatchesNd4jInBothPrecisions() {
        Engine.warmUp();
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    INDArray a = ta ? random(type, 1, 7, 5) : random(type, 1, 5, 7);
                    INDArray b = tb ? random(type, 2, 3, 7) : random(type, 2, 7, 3);
                    INDArray expected = op(a, ta).mmul(op(b, tb));
                    INDArray c = random(type, 3, 5, 3);
                    INDArray before = c.dup();
                    Gemm.into(a, ta, b, tb, c, 0.5);
                    assertClose(c, expected.add(before.mul(0.5)), type);
                    assertClose(Gemm.times(a, ta, b, tb), expected, type);
                }
            }
        }
    }

    @Test
    void columnMajorArraysAndRowViewsAreReadInPlace() {
        Engine.warmUp();
        INDArray a = random(DataType.FLOAT, 4, 6, 4).dup('f'); // column-major: read as a transpose
        INDArray big = random(DataType.FLOAT, 5, 10, 3);
        INDArray b = big.get(NDArrayIndex.interval(2, 6), NDArrayIndex.all()); // a view at an offset
        INDArray expected = a.dup('c').mmul(b.dup('c'));
        assertClose(Gemm.times(a, false, b, false), expected, DataType.FLOAT);
        assertClose(Gemm.times(a.transpose(), true, b, false), expected, DataType.FLOAT);
    }

    @Test
    void eachOfMultipliesImageByImageAndSumsIntoATwoDimensionalResult() {
        Engine.warmUp();
        INDArray w = random(DataType.DOUBLE, 6, 4, 9);
        INDArray cols = random(DataType.DOUBLE, 7, 3, 9, 5);
        INDArray out = Nd4j.create(DataType.DOUBLE, 3, 4, 5);
        Gemm.eachOf(w, false, cols, false, out, 0.0);
        INDArray sum = Nd4j.create(DataType.DOUBLE, 4, 9);
        Gemm.eachOf(out, false, cols, true, sum, 0.0);
        INDArray expectedSum = Nd4j.create(DataType.DOUBLE, 4, 9);
        for (int i = 0; i < 3; i++) {
            assertClose(out.slice(i), w.mmul(cols.slice(i)), DataType.DOUBLE);
            expectedSum.addi(out.slice(i).mmul(cols.slice(i).transpose()));
        }
        assertClose(sum, expectedSum, DataType.DOUBLE);
    }

    @Test
    void mismatchedShapesAreRefusedBeforeBlasRuns() {
        Engine.warmUp();
        INDArray a = random(DataType.FLOAT, 8, 2, 3);
        INDArray b = random(DataType.FLOAT, 9, 4, 2);
        assertThatThrownBy(() -> Gemm.times(a, false, b, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot multiply");
    }

    private static void assertClose(INDArray actual, INDArray expected, DataType type) {
        double tolerance = type == DataType.FLOAT ? 1e-5 : 1e-12;
        assertThat(actual.shape()).isEqualTo(expected.shape());
        double[] x = actual.dup('c').castTo(DataType.DOUBLE).data().asDouble();
        double[] y = expected.dup('c').castTo(DataType.DOUBLE).data().asDouble();
        for (int i = 0; i < x.length; i++) {
            assertThat(x[i]).as("element %d", i).isCloseTo(y[i], org.assertj.core.data.Offset.offset(tolerance));
        }
    }
}
