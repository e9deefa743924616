package org.neurallab.data;

import java.awt.image.BufferedImage;

/**
 * Turns a drawing (any size) into a 28x28 MNIST-like image: crop to the ink, scale to fit 20x20 keeping the
 * aspect ratio (anti-aliased), then place it so that its centre of mass is at the centre of the 28x28 field.
 * Shared by the Digits lab drawing pad and the CLI {@code predict} command.
 */
public final class DigitPreprocessor {
    /** Values below this are treated as background noise when finding the ink. */
    static final float NOISE = 0.05f;
    /** Less total ink than this (about two full pixels) counts as an empty drawing. */
    static final float MIN_MASS = 2f;
    /** In a picture, pixels whose 3x3 neighbourhood is less inky than this (0 = paper, 1 = ink) are paper. */
    static final float KEEP = 0.25f;
    private static final int SIDE = PreprocessResult.SIDE;
    private static final int BOX = 20;

    private DigitPreprocessor() {
    }

    /** {@code gray} holds width*height values, row-major, 0 = background and 1 = ink. */
    public static PreprocessResult process(float[] gray, int width, int height) {
        if (width <= 0 || height <= 0 || gray.length != width * height) {
            throw new IllegalArgumentException("gray must hold width*height = " + width + "*" + height
                    + " values, has " + gray.length);
        }
        float[] ink = new float[gray.length];
        double mass = 0;
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = Math.min(1f, gray[y * width + x]);
                if (v >= NOISE) {
                    ink[y * width + x] = v;
                    mass += v;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (mass < MIN_MASS) {
            return new PreprocessResult(new float[SIDE * SIDE], true);
        }
        int boxW = maxX - minX + 1;
        int boxH = maxY - minY + 1;
        double scale = (double) BOX / Math.max(boxW, boxH);
        int outW = Math.max(1, (int) Math.round(boxW * scale));
        int outH = Math.max(1, (int) Math.round(boxH * scale));
        float[] small = ImageScaler.scale(ink, width, minX, minY, boxW, boxH, outW, outH);
        return new PreprocessResult(centreByMass(small, outW, outH), false);
    }

    /**
     * Converts a picture to luminance and decides which side is ink: if the border is brighter than the
     * picture as a whole, it is dark ink on light paper and gets inverted.
     */
    public static PreprocessResult process(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] lum = new float[w * h];
        double sum = 0;
        double borderSum = 0;
        int borderCount = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                float alpha = ((argb >>> 24) & 0xFF) / 255f;
                float l = (0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF)
                        + 0.114f * (argb & 0xFF)) / 255f;
                // Composite over white paper, so dark strokes on a transparent canvas still read as ink.
                l = l * alpha + (1 - alpha);
                lum[y * w + x] = l;
                sum += l;
                if (x == 0 || y == 0 || x == w - 1 || y == h - 1) {
                    borderSum += l;
                    borderCount++;
                }
            }
        }
        double mean = sum / lum.length;
        double borderMean = borderSum / borderCount;
        boolean lightPaper = borderMean > mean || (borderMean == mean && mean > 0.5);
        if (lightPaper) {
            for (int i = 0; i < lum.length; i++) {
                lum[i] = 1f - lum[i];
            }
        }
        return process(levelled(lum, w, h), w, h);
    }

    /**
     * Photos and scans: the paper is grey and grainy and the ink is not black. Stretches the values so the
     * paper (the median) becomes 0 and the darkest ink (the highest 3x3 average, so one bright speck does
     * not count) becomes 1, and drops pixels whose neighbourhood is mostly paper, so grain and specks do not
     * widen the ink's bounding box. A clean drawing (black paper, full ink) passes almost unchanged.
     */
    static float[] levelled(float[] ink, int w, int h) {
        int[] histogram = new int[256];
        for (float v : ink) {
            histogram[Math.round(Math.max(0f, Math.min(1f, v)) * 255)]++;
        }
        int half = ink.length / 2;
        int median = 0;
        for (int seen = 0; median < 255 && seen + histogram[median] <= half; median++) {
            seen += histogram[median];
        }
        float paper = median / 255f;
        float[] local = boxAverage(ink, w, h);
        float top = 0;
        for (float v : local) {
            top = Math.max(top, v);
        }
        if (top - paper < 0.1f) {
            return ink;
        }
        float range = top - paper;
        float[] out = new float[ink.length];
        for (int i = 0; i < ink.length; i++) {
            if ((local[i] - paper) / range >= KEEP) {
                out[i] = Math.max(0f, Math.min(1f, (ink[i] - paper) / range));
            }
        }
        return out;
    }

    /** Mean of each pixel's 3x3 neighbourhood (clipped at the edges). */
    private static float[] boxAverage(float[] v, int w, int h) {
        float[] out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float sum = 0;
                int n = 0;
                for (int yy = Math.max(0, y - 1); yy <= Math.min(h - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(w - 1, x + 1); xx++) {
                        sum += v[yy * w + xx];
                        n++;
                    }
                }
                out[y * w + x] = sum / n;
            }
        }
        return out;
    }

    /** Places the scaled digit in 28x28 with its centre of mass moved to pixel (14, 14), clipping overflow. */
    private static float[] centreByMass(float[] small, int w, int h) {
        double mass = 0, mx = 0, my = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = small[y * w + x];
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        // Whole-pixel shift keeps strokes crisp; the tiny bias makes half-pixel ties round the same way.
        int offX = (int) Math.round(SIDE / 2.0 - mx / mass + 1e-6);
        int offY = (int) Math.round(SIDE / 2.0 - my / mass + 1e-6);
        float[] out = new float[SIDE * SIDE];
        for (int y = 0; y < h; y++) {
            int ty = y + offY;
            if (ty < 0 || ty >= SIDE) {
                continue;
            }
            for (int x = 0; x < w; x++) {
                int tx = x + offX;
                if (tx >= 0 && tx < SIDE) {
                    out[ty * SIDE + tx] = Math.min(1f, small[y * w + x]);
                }
            }
        }
        return out;
    }
}
