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
}
