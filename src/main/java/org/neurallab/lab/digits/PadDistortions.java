package org.neurallab.lab.digits;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.data.Distortion;
import org.neurallab.data.Skeleton;
import org.neurallab.lab.digits.pad.InputMode;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.Stroke;

/**
 * Test digits redrawn on the pad: the centre lines of an MNIST digit become pen strokes of a given width,
 * drawn large in the middle or small in a corner of the 280-unit pad, and read through the pad's own
 * pipeline. No JavaFX, so the robustness benchmark and tests use it.
 */
public final class PadDistortions {
    /** The pad's pen widths in pad units: a fine pen, the default pen, a marker. */
    public static final double[] PEN_WIDTHS = PadPipeline.PEN_WIDTHS;

    private PadDistortions() {
    }

    public static List<Distortion> all() {
        List<Distortion> out = new ArrayList<>();
        for (double pen : PEN_WIDTHS) {
            Distortion.Level large = pen == 22 ? Distortion.Level.MILD : Distortion.Level.MODERATE;
            out.add(new Distortion("pad", "pen " + (int) pen + ", large", large, "pad",
                    (img, rng) -> read(strokes(img, pen, 200, 140, 140))));
            Distortion.Level small = pen == 40 ? Distortion.Level.STRONG : Distortion.Level.MODERATE;
            out.add(new Distortion("pad", "pen " + (int) pen + ", small in a corner", small, "pad",
                    (img, rng) -> read(strokes(img, pen, 70, 40 + rng.nextInt(20), 40 + rng.nextInt(20)))));
        }
        return out;
    }

    /**
     * The digit's centre lines as pad strokes of width {@code pen}, scaled so that MNIST's 20-pixel digit box
     * becomes {@code height} pad units, centred on (cx, cy).
     */
    public static List<Stroke> strokes(float[] img, double pen, double height, double cx, double cy) {
        double k = height / 20.0;
        List<Stroke> out = new ArrayList<>();
        for (double[] s : Skeleton.segments(img)) {
            Stroke stroke = new Stroke(pen, false);
            stroke.add(cx + (s[0] - 14) * k, cy + (s[1] - 14) * k);
            stroke.add(cx + (s[2] - 14) * k, cy + (s[3] - 14) * k);
            out.add(stroke);
        }
        return out;
    }

    private static float[] read(List<Stroke> strokes) {
        double pen = strokes.isEmpty() ? 22 : strokes.get(0).width();
        return PadPipeline.read(strokes, null, InputMode.DIGIT, pen).pixels();
    }
}
