package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {

    @Test
    void offCentreBlobEndsUpCentred() {
        int w = 200, h = 150;
        float[] gray = new float[w * h];
        fillEllipse(gray, w, 30, 20, 18, 25); // top-left corner, taller than wide
        PreprocessResult result = DigitPreprocessor.process(gray, w, h);
        assertThat(result.empty()).isFalse();
        ImageMoments m = new ImageMoments(result.pixels(), 28);
        assertThat(m.cx).isCloseTo(14, within(0.501));
        assertThat(m.cy).isCloseTo(14, within(0.501));
        assertThat(m.height).isBetween(19, 21);
        for (float v : result.pixels()) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void tallThinStrokeKeepsItsAspect() {
        int w = 100, h = 100;
        float[] gray = new float[w * h];
        for (int y = 10; y < 90; y++) {
            for (int x = 60; x < 64; x++) {
                gray[y * w + x] = 1f;
            }
        }
        ImageMoments m = new ImageMoments(DigitPreprocessor.process(gray, w, h).pixels(), 28);
        assertThat(m.height).isBetween(19, 21);
        assertThat(m.width).isBetween(1, 2);
    }

    @Test
    void darkInkOnLightPaperGivesTheSameResultAsLightOnDark() {
        BufferedImage dark = drawing(Color.BLACK, Color.WHITE);
        BufferedImage light = drawing(Color.WHITE, Color.BLACK);
        float[] a = DigitPreprocessor.process(dark).pixels();
        float[] b = DigitPreprocessor.process(light).pixels();
        assertThat(new ImageMoments(a, 28).mass).isGreaterThan(10);
        assertThat(a).containsExactly(b, within(1e-4f));
    }

    @Test
    void emptyAndNearlyEmptyDrawingsAreFlagged() {
        assertThat(DigitPreprocessor.process(new float[64 * 64], 64, 64).empty()).isTrue();
        float[] speck = new float[64 * 64];
        speck[100] = 1f;
        speck[5] = 0.02f; // noise below the ink threshold
        PreprocessResult result = DigitPreprocessor.process(speck, 64, 64);
        assertThat(result.empty()).isTrue();
        assertThat(result.pixels()).hasSize(784).containsOnly(0f);
        assertThat(DigitPreprocessor.process(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB)).empty())
                .isTrue();
    }

    @Test
    void onePixelImagesAreHandled() {
        PreprocessResult one = DigitPreprocessor.process(new float[] {1f}, 1, 1);
        assertThat(one.pixels()).hasSize(784);
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFFFFFF);
        assertThat(DigitPreprocessor.process(img).pixels()).hasSize(784);
    }

    @Test
    void smallDrawingIsEnlargedToTwentyPixels() {
        float[] gray = new float[28 * 28];
        fillEllipse(gray, 28, 5, 5, 3, 4);
        ImageMoments m = new ImageMoments(DigitPreprocessor.process(gray, 28, 28).pixels(), 28);
        assertThat(m.height).isBetween(19, 21);
        assertThat(m.cy).isCloseTo(14, within(0.501));
    }

    @Test
    void realMnistDigitsStayAlmostUnchanged() {
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        for (int i = 0; i < 20; i++) {
            float[] original = test.image(i);
            float[] again = DigitPreprocessor.process(original, 28, 28).pixels();
            assertThat(correlation(original, again)).as("digit %d", i).isGreaterThan(0.8);
        }
    }

    /** A digit photographed on grey, grainy, unevenly lit paper reads like the clean digit. */
    @Test
    void aPhotoOnGreyGrainyPaperReadsLikeTheCleanDigit() {
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        java.util.Random rng = new java.util.Random(2);
        for (int i = 0; i < 10; i++) {
            float[] clean = DigitPreprocessor.process(test.image(i), 28, 28).pixels();
            BufferedImage photo = DistortionSuite.picture(test.image(i), 300, 150, rng, true);
            float[] read = PicturePreprocessor.read(photo).pixels();
            assertThat(correlation(clean, read)).as("digit %d", i).isGreaterThan(0.75);
        }
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0, mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    private static BufferedImage drawing(Color ink, Color paper) {
        BufferedImage img = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(paper);
        g.fillRect(0, 0, 120, 90);
        g.setColor(ink);
        g.fillRect(70, 10, 8, 60);
        g.fillRect(50, 10, 28, 8);
        g.dispose();
        return img;
    }

    private static void fillEllipse(float[] gray, int w, int cx, int cy, int rx, int ry) {
        int h = gray.length / w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - cx) / (double) rx;
                double dy = (y - cy) / (double) ry;
                if (dx * dx + dy * dy <= 1) {
                    gray[y * w + x] = 1f;
                }
            }
        }
    }
}
