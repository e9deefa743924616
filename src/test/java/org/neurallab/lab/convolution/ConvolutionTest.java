package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConvolutionTest {
    private static final double[][] IMAGE = {
            {1, 2, 3, 4},
            {5, 6, 7, 8},
            {9, 10, 11, 12},
            {13, 14, 15, 16}};

    @Test
    void validConvolutionByHand() {
        double[][] k = {{1, 0}, {0, -1}};
        // every 2x2 window: top-left minus bottom-right = -5
        assertThat(Convolution.apply(IMAGE, k, 1, 0)).isDeepEqualTo(new double[][] {
                {-5, -5, -5}, {-5, -5, -5}, {-5, -5, -5}});
    }

    @Test
    void strideSkipsWindows() {
        double[][] k = {{1, 1}, {1, 1}};
        assertThat(Convolution.apply(IMAGE, k, 2, 0)).isDeepEqualTo(new double[][] {{14, 22}, {46, 54}});
    }

    @Test
    void paddingAddsZerosAroundTheImage() {
        double[][] identity = KernelGallery.IDENTITY.weights();
        assertThat(Convolution.apply(IMAGE, identity, 1, 1)).isDeepEqualTo(IMAGE);
        double[][] ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        double[][] out = Convolution.apply(IMAGE, ones, 1, 1);
        assertThat(out[0][0]).isEqualTo(1 + 2 + 5 + 6);
        Convolution.Window w = Convolution.window(IMAGE, ones, 1, 1, 0, 0);
        assertThat(w.top()).isEqualTo(-1);
        assertThat(w.inputs()[0]).containsExactly(0, 0, 0);
        assertThat(w.product(1, 1)).isEqualTo(1);
    }

    @Test
    void windowProductsAddUpToTheOutputCell() {
        double[][] k = KernelGallery.EMBOSS.weights();
        double[][] out = Convolution.apply(IMAGE, k, 1, 1);
        Convolution.Window w = Convolution.window(IMAGE, k, 1, 1, 2, 3);
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sum += w.product(i, j);
            }
        }
        assertThat(sum).isEqualTo(out[2][3]);
    }

    @Test
    void sobelXSeesAVerticalEdgeAndSobelYDoesNot() {
        double[][] step = new double[5][6];
        for (double[] row : step) {
            for (int c = 3; c < 6; c++) {
                row[c] = 1;
            }
        }
        double[][] x = Convolution.apply(step, KernelGallery.SOBEL_X.weights(), 1, 0);
        double[][] y = Convolution.apply(step, KernelGallery.SOBEL_Y.weights(), 1, 0);
        assertThat(x[1][1]).isEqualTo(4);
        assertThat(x[1][0]).isZero();
        assertThat(Grids.maxAbs(y)).isZero();
    }

    @Test
    void colourConvolutionAddsTheChannelMaps() {
        double[][][] rgb = {IMAGE, scaled(IMAGE, 2), scaled(IMAGE, -1)};
        double[][][] kernels = ColourConvolution.sameForEach(KernelGallery.IDENTITY.weights(), 3);
        ColourConvolution.Result r = ColourConvolution.apply(rgb, kernels, 1, 1);
        assertThat(r.perChannel()).hasNumberOfRows(3);
        assertThat(r.perChannel()[1]).isDeepEqualTo(scaled(IMAGE, 2));
        assertThat(r.sum()).isDeepEqualTo(scaled(IMAGE, 2));
        kernels[2] = KernelGallery.EDGE.weights();
        r = ColourConvolution.apply(rgb, kernels, 1, 1);
        double edge = Convolution.apply(rgb[2], KernelGallery.EDGE.weights(), 1, 1)[1][1];
        assertThat(r.sum()[1][1]).isCloseTo(IMAGE[1][1] * 3 + edge, within(1e-12));
    }

    @Test
    void divergingColoursAreWhiteAtZeroRedAbovePlusBlueBelow() {
        assertThat(DivergingColours.rgb(0, 1)).isEqualTo(0xFFFFFF);
        int red = DivergingColours.rgb(1, 1);
        int blue = DivergingColours.rgb(-1, 1);
        assertThat(red >> 16).isGreaterThan(red & 0xFF);
        assertThat(blue & 0xFF).isGreaterThan(blue >> 16);
        assertThat(DivergingColours.rgb(5, 1)).isEqualTo(red);
        assertThat(DivergingColours.grey(1)).isEqualTo(0xFFFFFF);
    }

    private static double[][] scaled(double[][] g, double f) {
        double[][] out = Grids.copy(g);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= f;
            }
        }
        return out;
    }
}
