package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every convolution number of lectures 000 and 002, recomputed by the lab's own code. */
class LectureNumbersTest {

    @Test
    void maxPoolingOfTheFourByFourExample() {
        double[][] pooled = Pooling.max(LectureExamples.poolingExample(), 2, 2);
        assertThat(pooled).isDeepEqualTo(new double[][] {{100, 184}, {12, 45}});
    }

    @Test
    void averagePoolingOfTheFourByFourExample() {
        double[][] pooled = Pooling.average(LectureExamples.poolingExample(), 2, 2);
        assertThat(pooled).isDeepEqualTo(new double[][] {{36, 80}, {12, 15}});
    }

    @Test
    void averageSlidePrintsThirtyOneInTheCornerWhichGivesThirtySixAndAHalf() {
        // Lecture 000's average-pooling copy of the grid has 31 where the max slide has 29; (31+15+0+100)/4 is 36.5,
        // which the slide writes as 36. With the max slide's 29 it is exactly 36, so the lab uses that grid.
        double[][] slide = LectureExamples.poolingExample();
        slide[0][0] = 31;
        assertThat(Pooling.average(slide, 2, 2)[0][0]).isEqualTo(36.5);
        assertThat(Math.floor(Pooling.average(slide, 2, 2)[0][0])).isEqualTo(36);
    }

    @Test
    void twoByTwoDotProductIsSeventy() {
        double[][] out = Convolution.apply(new double[][] {{1, 2}, {3, 4}}, new double[][] {{5, 6}, {7, 8}}, 1, 0);
        assertThat(out).isDeepEqualTo(new double[][] {{70}});
    }

    @Test
    void filterAAndWorkedWindowNormaliseToTheLectureDigits() {
        double[][] a = NormalisedConvolution.unit(LectureExamples.FILTER_A);
        assertThat(a[0][0]).isCloseTo(0.516, within(5e-4));
        assertThat(a[1][2]).isCloseTo(0.258, within(5e-4));
        assertThat(a[2][1]).isZero();
        Convolution.Window w = Convolution.window(LectureExamples.COSINE_IMAGE, LectureExamples.FILTER_A, 1,
                LectureExamples.COSINE_PADDING, LectureExamples.WORKED_ROW, LectureExamples.WORKED_COL);
        double[][] win = NormalisedConvolution.unit(w.inputs());
        assertThat(win[0]).containsExactly(new double[] {0.471, 0.471, 0.471}, within(5e-4));
        assertThat(win[1]).containsExactly(new double[] {0.236, 0.236, 0}, within(5e-4));
        assertThat(win[2]).containsExactly(new double[] {0, 0, 0.471}, within(5e-4));
    }

    @Test
    void normalisedConvolutionGivesTheLectureMap() {
        double[][] lecture = {
                {0.327, 0.414, 0.327, 0.316, 0.183},
                {0.816, 0.852, 0.609, 0.426, 0.245},
                {0.390, 0.447, 0.573, 0.516, 0.467},
                {0.258, 0.552, 0.652, 0.889, 0.690},
                {0.689, 0.816, 0.778, 0.781, 0.632}};
        double[][] map = LectureExamples.cosineMap();
        assertThat(map.length).isEqualTo(5);
        for (int r = 0; r < 5; r++) {
            assertThat(map[r]).hasSize(5);
            for (int c = 0; c < 5; c++) {
                assertThat(Math.round(map[r][c] * 1000) / 1000.0).as("cell %d,%d", r, c).isEqualTo(lecture[r][c]);
            }
        }
        assertThat(map[LectureExamples.WORKED_ROW][LectureExamples.WORKED_COL]).isCloseTo(0.852, within(5e-4));
    }

    @Test
    void cosineIsTheSameAsDotProductOverLengths() {
        // 3.5 / (sqrt(4.5) * sqrt(3.75)) is the worked window without rounding.
        double expected = 3.5 / (Math.sqrt(4.5) * Math.sqrt(3.75));
        assertThat(LectureExamples.cosineMap()[1][1]).isCloseTo(expected, within(1e-12));
    }

    @Test
    void galleryKernelsAreTheLectureMatrices() {
        assertThat(KernelGallery.SHARPEN.weights()).isDeepEqualTo(new double[][] {
                {0, 0, 0, 0, 0}, {0, 0, -1, 0, 0}, {0, -1, 5, -1, 0}, {0, 0, -1, 0, 0}, {0, 0, 0, 0, 0}});
        assertThat(KernelGallery.EDGE.weights()).isDeepEqualTo(new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
        assertThat(KernelGallery.BLUR.weights()).isDeepEqualTo(new double[][] {
                {0, 0, 0, 0, 0}, {0, 1, 1, 1, 0}, {0, 1, 1, 1, 0}, {0, 1, 1, 1, 0}, {0, 0, 0, 0, 0}});
        assertThat(KernelGallery.EMBOSS.weights()).isDeepEqualTo(new double[][] {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}});
    }

    @Test
    void sharpenKeepsFlatAreasAndEdgeAndSobelSumToZero() {
        assertThat(KernelGallery.SHARPEN.sum()).isEqualTo(1);
        assertThat(KernelGallery.EDGE.sum()).isZero();
        assertThat(KernelGallery.SOBEL_X.sum()).isZero();
        assertThat(KernelGallery.SOBEL_Y.sum()).isZero();
        assertThat(KernelGallery.BLUR.normalised()[2][2]).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(KernelGallery.EDGE.normalised()).isDeepEqualTo(KernelGallery.EDGE.weights());
    }
}
