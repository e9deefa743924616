package org.neurallab.lab.digits.pad;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.data.DigitPreprocessor;
import org.neurallab.data.PreprocessResult;

/**
 * Strokes (and an optional background picture) to the 28x28 input of the model: raster, then MNIST-style
 * preprocessing or a plain shrink of the whole pad. No JavaFX, so the CLI benchmark and tests use the very
 * same code as the pad.
 */
public final class PadPipeline {
    /** Side of the drawing area in pad units (the 280x280 logical pixels of the pad). */
    public static final int PAD_SIZE = 280;
    public static final int SIDE = PreprocessResult.SIDE;
    /**
     * Side of the raster the strokes are drawn into: half the pad. The digit ends up 20 pixels tall, so the
     * finer raster bought nothing but four times the pixels to draw, scan and scale on every stroke.
     */
    static final int RASTER_SIZE = 140;
    /** Side of the raster a digit is redrawn into after its strokes are normalised. */
    static final int NORMAL_RASTER = 112;
    /** The box (in raster pixels) the centre lines of a digit are scaled to fill. */
    static final double NORMAL_BOX = 80;
    /**
     * The pen a normalised digit is redrawn with, in raster pixels. After the preprocessing scales the ink to
     * 20 pixels, strokes are NORMAL_PEN * 20 / (NORMAL_BOX + NORMAL_PEN) pixels wide, MNIST's typical width.
     */
    static final double NORMAL_PEN = 10;
    /** The pad's pens in pad units: thin (a fine pen), medium (the default) and thick (a marker). */
    public static final double[] PEN_WIDTHS = {8, 22, 40};
    /** Ink whose bounding box is smaller than this many pen widths is a dot, not a drawing. */
    static final double MIN_EXTENT_IN_PEN_WIDTHS = 1.6;

    private PadPipeline() {
    }

    /**
     * @param background a 28x28 picture under the strokes (a Fashion sample), or null
     * @param pen        the pen width when there are no pen strokes; otherwise the widest pen stroke's width
     *                   tells a dot from a drawing
     */
    public static PadReading read(List<Stroke> strokes, float[] background, InputMode mode, double pen) {
        double penWidth = widestPen(strokes, pen);
        if (mode == InputMode.DIGIT && background == null) {
            return readDigit(strokes, penWidth);
        }
        float[] raster = StrokeRaster.render(strokes, RASTER_SIZE, PAD_SIZE, background);
        int[] box = inkBox(raster, RASTER_SIZE);
        if (box == null) {
            return new PadReading(new float[SIDE * SIDE], PadReading.Status.EMPTY);
        }
        double extent = Math.max(box[2] - box[0] + 1, box[3] - box[1] + 1) * (double) PAD_SIZE / RASTER_SIZE;
        if (background == null && extent < MIN_EXTENT_IN_PEN_WIDTHS * penWidth) {
            return new PadReading(new float[SIDE * SIDE], PadReading.Status.TOO_SMALL);
        }
        if (mode == InputMode.WHOLE_PAD) {
            return new PadReading(shrink(raster, RASTER_SIZE, SIDE), PadReading.Status.OK);
        }
        PreprocessResult r = DigitPreprocessor.process(raster, RASTER_SIZE, RASTER_SIZE);
        return new PadReading(r.pixels(), r.empty() ? PadReading.Status.EMPTY : PadReading.Status.OK);
    }

    /**
     * A digit: the strokes are first moved and scaled (as vectors) so that the drawing fills the same box
     * whatever size it was drawn at, and redrawn with a pen that gives MNIST's stroke width after the usual
     * preprocessing. A small digit in a corner and a large one in the middle then look alike to the model,
     * and so do a fine pen and a marker.
     */
    private static PadReading readDigit(List<Stroke> strokes, double penWidth) {
        double[] box = pointBox(strokes);
        if (box == null) {
            return new PadReading(new float[SIDE * SIDE], PadReading.Status.EMPTY);
        }
        double span = Math.max(Math.max(box[2] - box[0], box[3] - box[1]), 0.5 * penWidth);
        double k = NORMAL_BOX / span;
        double cx = (box[0] + box[2]) / 2;
        double cy = (box[1] + box[3]) / 2;
        List<Stroke> normal = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            Stroke t = new Stroke(s.eraser() ? s.width() * k : NORMAL_PEN, s.eraser());
            for (double[] p : s.points()) {
                t.add((p[0] - cx) * k + NORMAL_RASTER / 2.0, (p[1] - cy) * k + NORMAL_RASTER / 2.0);
            }
            normal.add(t);
        }
        float[] raster = StrokeRaster.render(normal, NORMAL_RASTER, NORMAL_RASTER, null);
        int[] ink = inkBox(raster, NORMAL_RASTER);
        if (ink == null) {
            return new PadReading(new float[SIDE * SIDE], PadReading.Status.EMPTY);
        }
        // The ink's size on the pad: the centre lines' extent plus the real pen's width.
        double extent = (Math.max(ink[2] - ink[0], ink[3] - ink[1]) + 1 - NORMAL_PEN) / k + penWidth;
        if (extent < MIN_EXTENT_IN_PEN_WIDTHS * penWidth) {
            return new PadReading(new float[SIDE * SIDE], PadReading.Status.TOO_SMALL);
        }
        PreprocessResult r = DigitPreprocessor.process(raster, NORMAL_RASTER, NORMAL_RASTER);
        return new PadReading(r.pixels(), r.empty() ? PadReading.Status.EMPTY : PadReading.Status.OK);
    }

    private static double widestPen(List<Stroke> strokes, double fallback) {
        double widest = 0;
        for (Stroke s : strokes) {
            if (!s.eraser()) {
                widest = Math.max(widest, s.width());
            }
        }
        return widest > 0 ? widest : fallback;
    }

    /** {minX, minY, maxX, maxY} of the pen (not eraser) stroke points, or null when there are none. */
    static double[] pointBox(List<Stroke> strokes) {
        double[] box = null;
        for (Stroke s : strokes) {
            if (s.eraser()) {
                continue;
            }
            for (double[] p : s.points()) {
                if (box == null) {
                    box = new double[] {p[0], p[1], p[0], p[1]};
                } else {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
        }
        return box;
    }

    /** Bounding box {minX, minY, maxX, maxY} of visible ink, or null when there is (almost) none. */
    static int[] inkBox(float[] raster, int size) {
        int minX = size, minY = size, maxX = -1, maxY = -1;
        double mass = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float v = raster[y * size + x];
                if (v >= 0.05f) {
                    mass += v;
                    if (x < minX) {
                        minX = x;
                    }
                    if (x > maxX) {
                        maxX = x;
                    }
                    if (y < minY) {
                        minY = y;
                    }
                    maxY = y;
                }
            }
        }
        // "almost none": less ink than two full pixels of the 280-unit pad
        return mass < 2.0 * size * size / (PAD_SIZE * PAD_SIZE) ? null : new int[] {minX, minY, maxX, maxY};
    }

    /** Averages size/side x size/side blocks (size must be a multiple of side). */
    static float[] shrink(float[] raster, int size, int side) {
        int block = size / side;
        float[] out = new float[side * side];
        float norm = 1f / (block * block);
        for (int y = 0; y < size; y++) {
            int oy = y / block;
            for (int x = 0; x < size; x++) {
                out[oy * side + x / block] += raster[y * size + x] * norm;
            }
        }
        return out;
    }
}
