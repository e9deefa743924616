package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.pad.Stroke;

class PadPipelineTest {

    @Test
    void anEmptyPadIsNotRead() {
        PadReading r = PadPipeline.read(List.of(), null, InputMode.DIGIT, 22);
        assertThat(r.status()).isEqualTo(PadReading.Status.EMPTY);
        assertThat(r.readable()).isFalse();
    }

    @Test
    void aSingleClickIsTooSmallToRead() {
        Stroke dot = new Stroke(22, false);
        dot.add(100, 100);
        assertThat(PadPipeline.read(List.of(dot), null, InputMode.DIGIT, 22).status())
                .isEqualTo(PadReading.Status.TOO_SMALL);
    }

    @Test
    void aDotIsToldByTheWidestPenUsedNotByTheDefault() {
        Stroke thickDot = new Stroke(40, false);
        thickDot.add(100, 100);
        thickDot.add(110, 100);
        assertThat(PadPipeline.read(List.of(thickDot), null, InputMode.DIGIT, 22).status())
                .isEqualTo(PadReading.Status.TOO_SMALL);
        Stroke thinDash = new Stroke(8, false);
        thinDash.add(100, 100);
        thinDash.add(120, 100);
        assertThat(PadPipeline.read(List.of(thinDash), null, InputMode.DIGIT, 22).status())
                .isEqualTo(PadReading.Status.OK);
    }

    @Test
    void aDrawingThatIsErasedAgainIsEmpty() {
        Stroke line = new Stroke(22, false);
        line.add(140, 60);
        line.add(140, 220);
        Stroke eraser = new Stroke(60, true);
        eraser.add(140, 30);
        eraser.add(140, 250);
        assertThat(PadPipeline.read(List.of(line), null, InputMode.DIGIT, 22).status()).isEqualTo(PadReading.Status.OK);
        assertThat(PadPipeline.read(List.of(line, eraser), null, InputMode.DIGIT, 22).status())
                .isEqualTo(PadReading.Status.EMPTY);
    }

    @Test
    void aSamplePictureOnTheWholePadComesBackUnchanged() {
        float[] sample = MnistLoader.load(DatasetKind.FASHION, Split.TEST).image(0);
        PadReading r = PadPipeline.read(List.of(), sample, InputMode.WHOLE_PAD, 22);
        assertThat(r.readable()).isTrue();
        for (int i = 0; i < sample.length; i++) {
            assertThat(r.pixels()[i]).isCloseTo(sample[i], org.assertj.core.data.Offset.offset(1.5f / 255));
        }
    }

    @Test
    void aDigitIsPlacedInTheMiddleOf28By28() {
        Stroke line = new Stroke(22, false);
        line.add(40, 30);
        line.add(60, 150);
        PadReading r = PadPipeline.read(List.of(line), null, InputMode.DIGIT, 22);
        double mass = 0;
        double mx = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = r.pixels()[y * 28 + x];
                mass += v;
                mx += v * x;
            }
        }
        assertThat(mx / mass).isBetween(12.5, 14.5);
    }

    private static Stroke polyline(double pen, double... xy) {
        Stroke s = new Stroke(pen, false);
        for (int i = 0; i < xy.length; i += 2) {
            s.add(xy[i], xy[i + 1]);
        }
        return s;
    }

    private static double meanAbsDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    @Test
    void aDigitLooksTheSameWhateverSizeAndPenItIsDrawnWith() {
        // A 7: large in the middle with the pad's pen, small in a corner with a marker, mid-size with a fine pen.
        float[] large = PadPipeline.read(List.of(polyline(22, 60, 40, 220, 40, 120, 250)), null, InputMode.DIGIT, 22).pixels();
        float[] smallMarker = PadPipeline.read(List.of(polyline(40, 10, 10, 62, 10, 30, 78)), null, InputMode.DIGIT, 40).pixels();
        float[] fine = PadPipeline.read(List.of(polyline(8, 150, 120, 230, 120, 180, 225)), null, InputMode.DIGIT, 8).pixels();
        assertThat(meanAbsDifference(large, smallMarker)).isLessThan(0.01);
        assertThat(meanAbsDifference(large, fine)).isLessThan(0.01);
        double ink = 0;
        for (float v : large) {
            ink += v;
        }
        assertThat(ink).as("about as much ink as an MNIST digit of this length").isBetween(40.0, 120.0);
    }

    /**
     * MNIST test digits redrawn on the pad (their centre lines as strokes) at every pen width, large and small,
     * come back close to the originals and are read about as well.
     */
    @Test
    void mnistDigitsRedrawnAsStrokesComeBackCloseToTheOriginals() throws Exception {
        var test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        var model = org.neurallab.lab.digits.model.DigitModel.load(TestModels.mnist());
        int n = 300;
        int cleanRight = 0;
        for (int i = 0; i < n; i++) {
            cleanRight += model.predict(test.image(i)).top() == test.label(i) ? 1 : 0;
        }
        for (double pen : PadDistortions.PEN_WIDTHS) {
            for (double height : new double[] {200, 70}) {
                double error = 0;
                int right = 0;
                for (int i = 0; i < n; i++) {
                    float[] original = test.image(i);
                    List<Stroke> strokes = PadDistortions.strokes(original, pen, height, height == 200 ? 140 : 50, 50 + height / 2);
                    float[] seen = PadPipeline.read(strokes, null, InputMode.DIGIT, pen).pixels();
                    error += meanAbsDifference(original, seen);
                    right += model.predict(seen).top() == test.label(i) ? 1 : 0;
                }
                org.slf4j.LoggerFactory.getLogger(PadPipelineTest.class).info(
                        "pen {} height {}: mean pixel error {}, accuracy {} (clean {})", pen, height, error / n,
                        (double) right / n, (double) cleanRight / n);
                assertThat(error / n).as("mean pixel error, pen " + pen + ", height " + height).isLessThan(0.075);
                assertThat(right).as("right answers, pen " + pen + ", height " + height).isGreaterThanOrEqualTo(cleanRight - n * 3 / 100);
            }
        }
    }
}
