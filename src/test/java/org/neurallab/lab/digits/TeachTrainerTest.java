package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurallab.lab.digits.model.DigitModel;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.Stroke;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.teach.TeachClass;
import org.neurallab.lab.digits.teach.TeachModel;
import org.neurallab.lab.digits.teach.TeachTrainer;

class TeachTrainerTest {

    /** Shape 0 = a cross, 1 = a triangle, 2 = a spiral-like zig-zag; jittered by the seed. */
    static float[] drawing(int shape, long seed) {
        Random r = new Random(seed);
        double j = 10;
        Stroke s = new Stroke(20, false);
        List<Stroke> strokes = new ArrayList<>();
        if (shape == 0) {
            s.add(70 + r.nextGaussian() * j, 70 + r.nextGaussian() * j);
            s.add(210 + r.nextGaussian() * j, 210 + r.nextGaussian() * j);
            Stroke t = new Stroke(20, false);
            t.add(210 + r.nextGaussian() * j, 70 + r.nextGaussian() * j);
            t.add(70 + r.nextGaussian() * j, 210 + r.nextGaussian() * j);
            strokes.add(t);
        } else if (shape == 1) {
            s.add(140 + r.nextGaussian() * j, 60 + r.nextGaussian() * j);
            s.add(220 + r.nextGaussian() * j, 210 + r.nextGaussian() * j);
            s.add(60 + r.nextGaussian() * j, 210 + r.nextGaussian() * j);
            s.add(140, 60);
        } else {
            for (int k = 0; k < 5; k++) {
                s.add(60 + r.nextGaussian() * j, 60 + 40 * k);
                s.add(220 + r.nextGaussian() * j, 80 + 40 * k);
            }
        }
        strokes.add(s);
        return PadPipeline.read(strokes, null, InputMode.DIGIT, 20).pixels();
    }

    static ClassSet threeShapes(int samplesEach) {
        List<TeachClass> classes = new ArrayList<>();
        String[] names = {"cross", "triangle", "zigzag"};
        for (int c = 0; c < 3; c++) {
            List<float[]> samples = new ArrayList<>();
            for (int k = 0; k < samplesEach; k++) {
                samples.add(drawing(c, c * 100L + k));
            }
            classes.add(new TeachClass(names[c], samples));
        }
        return new ClassSet(classes);
    }

    @Test
    void learnsThreeDifferentShapesOnTopOfTheDigitModel() throws Exception {
        ClassSet set = threeShapes(6);
        DigitModel base = DigitModel.load(TestModels.mnist());
        int[] steps = {0};
        TeachModel model = TeachTrainer.train(set, base.network(), (done, total, loss) -> steps[0] = done, () -> false);
        assertThat(steps[0]).isEqualTo(TeachTrainer.STEPS);
        assertThat(TeachTrainer.accuracyOnOwnSamples(model, set)).isEqualTo(1.0);
        // and new drawings of the same shapes
        for (int c = 0; c < 3; c++) {
            assertThat(model.predict(drawing(c, 9000 + c)).top()).isEqualTo(c);
        }
    }

    @Test
    void learnsFromPixelsWhenThereIsNoModel() {
        ClassSet set = threeShapes(5);
        TeachModel model = TeachTrainer.train(set, null, (done, total, loss) -> { }, () -> false);
        assertThat(TeachTrainer.accuracyOnOwnSamples(model, set)).isEqualTo(1.0);
    }

    @Test
    void refusesASetWithAnEmptyClass() {
        ClassSet set = new ClassSet(List.of(threeShapes(5).classes().get(0), new TeachClass("empty", List.of())));
        assertThatThrownBy(() -> TeachTrainer.train(set, null, (d, t, l) -> { }, () -> false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SAMPLES");
    }
}
