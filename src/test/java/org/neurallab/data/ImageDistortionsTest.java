package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageDistortionsTest {
    /** A vertical bar 3 pixels wide, 16 tall, in the middle. */
    private static float[] bar() {
        float[] img = new float[784];
        for (int y = 6; y < 22; y++) {
            for (int x = 13; x < 16; x++) {
                img[y * 28 + x] = 1f;
            }
        }
        return img;
    }

    private static double widthAtRow(float[] img, int y) {
        double w = 0;
        for (int x = 0; x < 28; x++) {
            w += img[y * 28 + x];
        }
        return w;
    }

    @Test
    void strokesGetWiderAndNarrowerByTheAskedPixels() {
        float[] bar = bar();
        assertThat(ImageDistortions.strokeWidth(bar, 0)).containsExactly(bar);
        assertThat(widthAtRow(ImageDistortions.strokeWidth(bar, 2), 14)).isCloseTo(5, within(0.01));
        assertThat(widthAtRow(ImageDistortions.strokeWidth(bar, 1), 14)).isCloseTo(4, within(0.01));
        assertThat(widthAtRow(ImageDistortions.strokeWidth(bar, -2), 14)).isCloseTo(1, within(0.01));
        // Thinning more than the stroke is wide leaves nothing; thickening never goes above full ink.
        assertThat(new ImageMoments(ImageDistortions.strokeWidth(bar, -4), 28).mass).isZero();
        for (float v : ImageDistortions.strokeWidth(bar, 3)) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void slantLeansTheTopToTheRightAndKeepsTheMiddle() {
        float[] slanted = ImageDistortions.warp(bar(), 0, 1, 30, 0, 0, false, null);
        ImageMoments top = new ImageMoments(rows(slanted, 6, 9), 28);
        ImageMoments bottom = new ImageMoments(rows(slanted, 19, 22), 28);
        assertThat(top.cx - bottom.cx).isCloseTo(Math.tan(Math.toRadians(30)) * 13, within(0.5));
        assertThat(new ImageMoments(slanted, 28).cx).isCloseTo(new ImageMoments(bar(), 28).cx, within(0.3));
    }

    private static float[] rows(float[] img, int from, int to) {
        float[] out = new float[img.length];
        System.arraycopy(img, from * 28, out, from * 28, (to - from) * 28);
        return out;
    }

    @Test
    void blurKeepsTheInkAndSpreadsIt() {
        float[] blurred = ImageDistortions.blur(bar(), 1.0);
        assertThat(new ImageMoments(blurred, 28).mass).isCloseTo(48, within(0.05));
        assertThat(blurred[14 * 28 + 14]).isLessThan(1f);
        assertThat(blurred[14 * 28 + 11]).isGreaterThan(0.01f);
    }

    @Test
    void elasticWobbleIsSmoothAndScalesWithAlpha() {
        float[][] weak = ImageDistortions.elasticField(28, 1, new Random(3));
        float[][] strong = ImageDistortions.elasticField(28, 34, new Random(3));
        assertThat(strong[0][100]).isCloseTo(weak[0][100] * 34, within(1e-3f));
        double jump = 0;
        double size = 0;
        for (int i = 0; i < 783; i++) {
            jump += Math.abs(strong[0][i + 1] - strong[0][i]);
            size += Math.abs(strong[0][i]);
        }
        assertThat(jump).as("neighbouring displacements are close (smooth field)").isLessThan(size * 0.5);
        float[] wobbled = ImageDistortions.warp(bar(), 0, 1, 0, 0, 0, false, strong);
        assertThat(wobbled).isNotEqualTo(bar());
        assertThat(new ImageMoments(wobbled, 28).mass).isCloseTo(48, within(12.0));
    }

    @Test
    void noiseStaysWithinZeroAndOne() {
        float[] noisy = ImageDistortions.noise(bar(), 0.3, new Random(1));
        double change = 0;
        for (int i = 0; i < noisy.length; i++) {
            assertThat(noisy[i]).isBetween(0f, 1f);
            change += Math.abs(noisy[i] - bar()[i]);
        }
        assertThat(change / 784).isGreaterThan(0.05);
    }

    @Test
    void theAugmenterAppliesTheDrawingChangesOnlyWhenAsked() {
        float[] img = bar();
        Augmenter plain = new Augmenter(new AugmentationSettings(10, 0.1, 2, false));
        Augmenter drawing = new Augmenter(new AugmentationSettings(0, 0, 0, false, 20, 20, 2, 1, 0.2));
        Random a = new Random(5);
        Random b = new Random(5);
        // The classic settings draw the same random numbers as before the drawing changes existed.
        assertThat(plain.augment(img, a)).containsExactly(Augmenter.transform(img, symmetric(b, 10),
                1 + symmetric(b, 0.1), symmetric(b, 2), symmetric(b, 2), false));
        int changed = 0;
        Random r = new Random(9);
        for (int i = 0; i < 20; i++) {
            if (!java.util.Arrays.equals(drawing.augment(img, r), img)) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(15);
        assertThat(new AugmentationSettings(0, 0, 0, false, 0, 0, 0, 0, 0).isNone()).isTrue();
        assertThat(new AugmentationSettings(0, 0, 0, false, 0, 0, 0.5, 0, 0).isNone()).isFalse();
    }

    @Test
    void theThinOptionOnlyEverRemovesInkAndDoesSoOnAboutHalfOfTheImages() {
        float[] img = bar();
        double ink = sum(img);
        Augmenter thin = new Augmenter(new AugmentationSettings(0, 0, 0, false, 0, 0, 0, 0, 0, 2.5));
        Random r = new Random(3);
        int thinned = 0;
        for (int i = 0; i < 200; i++) {
            double after = sum(thin.augment(img, r));
            assertThat(after).isLessThanOrEqualTo(ink + 1e-3);
            if (after < ink - 0.5) {
                thinned++;
            }
        }
        assertThat(thinned).isBetween(70, 130);
        assertThatThrownBy(() -> new AugmentationSettings(0, 0, 0, false, 0, 0, 0, 0, 0, 5))
                .hasMessageContaining("thinPx");
    }

    private static double sum(float[] img) {
        double s = 0;
        for (float v : img) {
            s += v;
        }
        return s;
    }

    private static double symmetric(Random rng, double range) {
        return (rng.nextDouble() * 2 - 1) * range;
    }
}
