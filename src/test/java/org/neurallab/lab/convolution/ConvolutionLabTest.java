package org.neurallab.lab.convolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConvolutionLabTest {
    private static LabImage ramp(int side) {
        double[][] px = new double[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                px[r][c] = (r * side + c) / (double) (side * side);
            }
        }
        return LabImage.grey("ramp", px);
    }

    @Test
    void editingACellChangesTheOutput() {
        ConvolutionLab lab = new ConvolutionLab(ramp(8), KernelGallery.IDENTITY);
        double before = lab.output().map()[2][2];
        lab.setCell(1, 1, "2");
        assertThat(lab.recompute()).isEmpty();
        assertThat(lab.output().map()[2][2]).isCloseTo(2 * before, within(1e-12));
        assertThat(lab.kernelId()).isEqualTo("custom");
    }

    @Test
    void nonNumberCellIsAProblemAndKeepsTheLastGoodOutput() {
        ConvolutionLab lab = new ConvolutionLab(ramp(8), KernelGallery.EDGE);
        ConvolutionLab.Output good = lab.output();
        lab.setCell(0, 2, "abc");
        assertThat(lab.recompute()).get().satisfies(p -> {
            assertThat(p.key()).isEqualTo("badCell");
            assertThat(p.args()).containsExactly(1, 3, "abc");
        });
        assertThat(lab.output()).isSameAs(good);
        lab.setCell(0, 2, "0,5");
        assertThat(lab.recompute()).isEmpty();
        assertThat(lab.output()).isNotSameAs(good);
    }

    @Test
    void strideZeroAndTooBigKernelAreProblems() {
        ConvolutionLab lab = new ConvolutionLab(ramp(4), KernelGallery.IDENTITY);
        ConvolutionLab.Output good = lab.output();
        lab.setStride(0);
        assertThat(lab.recompute()).get().extracting(ConvolutionLab.Problem::key).isEqualTo("badStride");
        lab.setStride(1);
        lab.resizeKernel(5);
        assertThat(lab.recompute()).get().extracting(ConvolutionLab.Problem::key).isEqualTo("kernelTooBig");
        assertThat(lab.output()).isSameAs(good);
        lab.setPadding(PaddingMode.SAME, 0);
        assertThat(lab.recompute()).isEmpty();
        assertThat(lab.output().map()).hasNumberOfRows(4);
    }

    @Test
    void formulaAndComputedSizeAgreeForEverySetting() {
        ConvolutionLab lab = new ConvolutionLab(ramp(11), KernelGallery.SHARPEN);
        for (int s = 1; s <= 3; s++) {
            for (PaddingMode mode : PaddingMode.values()) {
                lab.setStride(s);
                lab.setPadding(mode, 3);
                assertThat(lab.recompute()).isEmpty();
                ConvolutionLab.Output out = lab.output();
                assertThat(out.map().length).isEqualTo(out.formulaRows());
                assertThat(out.map()[0].length).isEqualTo(out.formulaCols());
            }
        }
    }

    @Test
    void normaliseTurnsBlurIntoAnAverage() {
        double[][] flat = new double[6][6];
        for (double[] row : flat) {
            java.util.Arrays.fill(row, 0.5);
        }
        ConvolutionLab lab = new ConvolutionLab(LabImage.grey("flat", flat), KernelGallery.BLUR);
        assertThat(lab.output().map()[0][0]).isCloseTo(4.5, within(1e-12));
        lab.setNormalise(true);
        lab.recompute();
        assertThat(lab.output().map()[0][0]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void fractionsAndUnicodeMinusParse() {
        assertThat(KernelText.parseCell("1/9", 0, 0)).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(KernelText.parseCell("\u22122", 0, 0)).isEqualTo(-2);
        assertThat(KernelText.format(-4)).isEqualTo("-4");
        assertThat(KernelText.format(0.25)).isEqualTo("0.25");
    }

    @Test
    void sharedDrawingReachesListeners() {
        LabImage[] seen = new LabImage[1];
        java.util.function.Consumer<LabImage> l = img -> seen[0] = img;
        SharedImages.addListener(l);
        try {
            SharedImages.setLatestDrawing(new double[][] {{0, 1}, {1, 0}});
            assertThat(seen[0]).isNotNull();
            assertThat(SharedImages.latestDrawing()).get().extracting(LabImage::width).isEqualTo(2);
        } finally {
            SharedImages.removeListener(l);
        }
    }
}
