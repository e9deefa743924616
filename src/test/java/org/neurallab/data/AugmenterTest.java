package org.neurallab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AugmenterTest {
    private final float[] digit = sampleImage();

    @Test
    void zeroSettingsAreIdentity() {
        assertThat(new Augmenter(AugmentationSettings.NONE).augment(digit, new Random(1))).containsExactly(digit);
        assertThat(Augmenter.transform(digit, 0, 1, 0, 0, false)).containsExactly(digit);
    }

    @Test
    void flippingTwiceIsIdentity() {
        float[] once = Augmenter.transform(digit, 0, 1, 0, 0, true);
        assertThat(once).isNotEqualTo(digit);
        assertThat(once[5 * 28 + 27 - 8]).isEqualTo(digit[5 * 28 + 8]);
        assertThat(Augmenter.transform(once, 0, 1, 0, 0, true)).containsExactly(digit);
    }

    @Test
    void shiftMovesTheCentreOfMass() {
        ImageMoments before = new ImageMoments(digit, 28);
        ImageMoments after = new ImageMoments(Augmenter.transform(digit, 0, 1, 3, -2, false), 28);
        assertThat(after.cx - before.cx).isCloseTo(3, within(1e-3));
        assertThat(after.cy - before.cy).isCloseTo(-2, within(1e-3));
        assertThat(after.mass).isCloseTo(before.mass, within(1e-3));
    }

    @Test
    void rotationByNinetyDegreesTurnsAHorizontalBarVertical() {
        float[] bar = new float[784];
        for (int x = 6; x < 22; x++) {
            bar[14 * 28 + x] = 1f;
        }
        ImageMoments m = new ImageMoments(Augmenter.transform(bar, 90, 1, 0, 0, false), 28);
        assertThat(m.height).isEqualTo(16);
        assertThat(m.width).isLessThanOrEqualTo(2);
    }

    @Test
    void zoomEnlargesAndRandomAugmentationStaysInRange() {
        ImageMoments before = new ImageMoments(digit, 28);
        ImageMoments zoomed = new ImageMoments(Augmenter.transform(digit, 0, 1.5, 0, 0, false), 28);
        assertThat(zoomed.mass).isGreaterThan(before.mass * 1.8);

        Augmenter augmenter = new Augmenter(new AugmentationSettings(15, 0.1, 2, false));
        Random rng = new Random(7);
        float[] a = augmenter.augment(digit, rng);
        float[] b = augmenter.augment(digit, rng);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(digit);
        assertThat(new ImageMoments(a, 28).cx).isCloseTo(before.cx, within(3.5));
        assertThatThrownBy(() -> new AugmentationSettings(-1, 0, 0, false)).hasMessageContaining("rotationDeg");
    }

    private static float[] sampleImage() {
        float[] img = new float[784];
        for (int y = 5; y < 20; y++) {
            for (int x = 8; x < 13; x++) {
                img[y * 28 + x] = 0.5f + 0.02f * y;
            }
        }
        img[6 * 28 + 16] = 1f;
        return img;
    }
}
