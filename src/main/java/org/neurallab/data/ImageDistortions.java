package org.neurallab.data;

import java.util.Random;

/**
 * The image changes that mimic how people draw and how paper is photographed: a general warp (rotation,
 * zoom, slant, shift and an optional smooth "elastic" wobble), thicker or thinner strokes, blur and sensor
 * noise. Images are square, row-major, 0 = background and 1 = ink. Used by the {@link Augmenter} during
 * training and by the robustness benchmark, so both mean the same thing by "thicker by 2 px".
 */
public final class ImageDistortions {
    /** Smoothness of the elastic field in pixels (Simard et al. 2003 use 4 at 28x28). */
    public static final double ELASTIC_SIGMA = 4;

    private ImageDistortions() {
    }

    /**
     * Rotates by {@code rotationDeg} (counter-clockwise on screen), zooms by {@code zoom} and slants by
     * {@code shearDeg} (positive leans the top to the right, like italic writing) about the centre, then shifts
     * by (shiftX, shiftY); {@code field} (two side*side arrays of x and y displacements in pixels, or null) wobbles
     * the result. Each output pixel reads where it came from with bilinear sampling; outside reads 0.
     */
    public static float[] warp(float[] img, double rotationDeg, double zoom, double shearDeg, double shiftX,
                               double shiftY, boolean flip, float[][] field) {
        int side = sideOf(img);
        if (!(zoom > 0)) {
            throw new IllegalArgumentException("zoom must be > 0, was " + zoom);
        }
        double c = (side - 1) / 2.0;
        double rad = Math.toRadians(rotationDeg);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double shear = Math.tan(Math.toRadians(shearDeg));
        float[] out = new float[img.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int i = y * side + x;
                double px = field == null ? x : x + field[0][i];
                double py = field == null ? y : y + field[1][i];
                // Undo shift, zoom, slant, then rotation (y grows downwards, so this rotation is counter-clockwise).
                double uy = (py - shiftY - c) / zoom;
                double ux = (px - shiftX - c) / zoom + shear * uy;
                double sx = cos * ux - sin * uy + c;
                double sy = sin * ux + cos * uy + c;
                if (flip) {
                    sx = side - 1 - sx;
                }
                out[i] = Augmenter.sample(img, side, sx, sy);
            }
        }
        return out;
    }

    /**
     * A random smooth displacement field (x and y, in pixels): white noise in [-1, 1] blurred with
     * {@link #ELASTIC_SIGMA} and multiplied by {@code alpha}, as in Simard et al.; alpha 34 is their strong setting.
     */
    public static float[][] elasticField(int side, double alpha, Random rng) {
        float[][] field = new float[2][side * side];
        for (float[] f : field) {
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) (rng.nextDouble() * 2 - 1);
            }
            float[] smooth = blur(f, ELASTIC_SIGMA);
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) (smooth[i] * alpha);
            }
        }
        return field;
    }

    /**
     * Makes strokes {@code px} pixels wider (negative: narrower) with a soft round pen: every pixel takes the
     * largest neighbour within radius |px|/2, weighted down linearly for the fractional last pixel. Thinning is
     * the same on the background (1 - image).
     */
    public static float[] strokeWidth(float[] img, double px) {
        if (px == 0) {
            return img.clone();
        }
        int side = sideOf(img);
        boolean thin = px < 0;
        double r = Math.abs(px) / 2;
        float[] src = thin ? invert(img) : img;
        int reach = (int) Math.ceil(r + 1);
        float[] out = new float[img.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float best = src[y * side + x];
                for (int dy = -reach; dy <= reach; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= side) {
                        continue;
                    }
                    for (int dx = -reach; dx <= reach; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= side || (dx == 0 && dy == 0)) {
                            continue;
                        }
                        double w = Math.min(1, r + 1 - Math.sqrt(dx * dx + dy * dy));
                        if (w > 0) {
                            best = Math.max(best, (float) (src[yy * side + xx] * w));
                        }
                    }
                }
                out[y * side + x] = best;
            }
        }
        return thin ? invert(out) : out;
    }

    /** Gaussian blur with standard deviation {@code sigma} pixels (separable; edges read as background). */
    public static float[] blur(float[] img, double sigma) {
        if (sigma <= 0) {
            return img.clone();
        }
        int side = sideOf(img);
        int r = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        float[] tmp = new float[img.length];
        float[] out = new float[img.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double a = 0;
                for (int i = Math.max(-r, -x); i <= Math.min(r, side - 1 - x); i++) {
                    a += img[y * side + x + i] * k[i + r];
                }
                tmp[y * side + x] = (float) a;
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double b = 0;
                for (int i = -r; i <= r; i++) {
                    int yy = y + i;
                    if (yy >= 0 && yy < side) {
                        b += tmp[yy * side + x] * k[i + r];
                    }
                }
                out[y * side + x] = (float) b;
            }
        }
        return out;
    }

    /** Adds Gaussian noise of standard deviation {@code std} to every pixel and clips to [0, 1]. */
    public static float[] noise(float[] img, double std, Random rng) {
        float[] out = new float[img.length];
        for (int i = 0; i < img.length; i++) {
            out[i] = (float) Math.max(0, Math.min(1, img[i] + rng.nextGaussian() * std));
        }
        return out;
    }

    private static float[] invert(float[] img) {
        float[] out = new float[img.length];
        for (int i = 0; i < img.length; i++) {
            out[i] = 1f - Math.min(1f, img[i]);
        }
        return out;
    }

    static int sideOf(float[] img) {
        int side = (int) Math.round(Math.sqrt(img.length));
        if (side * side != img.length || side == 0) {
            throw new IllegalArgumentException("image must be square (e.g. 784 = 28x28 pixels), has "
                    + img.length + " pixels");
        }
        return side;
    }
}
