package org.neurallab.data;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The distortions of the robustness benchmark that need nothing but images: stroke width, rotation, slant,
 * scale, blur and noise on the raw 28x28 image, and small, off-centre and paper pictures read through
 * {@code predict}'s preprocessing. The levels are fixed here, before any model is measured.
 */
public final class DistortionSuite {
    private DistortionSuite() {
    }

    /** The clean test image, read as it is. */
    public static Distortion clean() {
        return new Distortion("clean", "-", Distortion.Level.NONE, "raw", (img, rng) -> img);
    }

    /** Changes to the 28x28 image fed straight to the model (MNIST and Fashion). */
    public static List<Distortion> raw() {
        List<Distortion> out = new ArrayList<>();
        Distortion.Level[] byPx = {Distortion.Level.MILD, Distortion.Level.MODERATE, Distortion.Level.STRONG};
        for (int px = 1; px <= 3; px++) {
            double w = px;
            out.add(raw("thicker", "+" + px + "px", byPx[px - 1], img -> ImageDistortions.strokeWidth(img, w)));
            out.add(raw("thinner", "-" + px + "px", byPx[px - 1], img -> ImageDistortions.strokeWidth(img, -w)));
        }
        for (int deg : new int[] {10, -10, 20, -20}) {
            Distortion.Level level = Math.abs(deg) == 10 ? Distortion.Level.MILD : Distortion.Level.MODERATE;
            out.add(raw("rotate", signed(deg) + "deg", level, img -> Augmenter.transform(img, deg, 1, 0, 0, false)));
        }
        for (int deg : new int[] {15, -15, 30, -30}) {
            Distortion.Level level = Math.abs(deg) == 15 ? Distortion.Level.MILD : Distortion.Level.MODERATE;
            out.add(raw("slant", signed(deg) + "deg", level,
                    img -> ImageDistortions.warp(img, 0, 1, deg, 0, 0, false, null)));
        }
        for (double s : new double[] {0.5, 0.7, 0.85, 1.15, 1.3}) {
            Distortion.Level level = s == 0.5 ? Distortion.Level.STRONG
                    : s == 0.85 || s == 1.15 ? Distortion.Level.MILD : Distortion.Level.MODERATE;
            out.add(raw("scale", "x" + s, level, img -> Augmenter.transform(img, 0, s, 0, 0, false)));
        }
        double[] sigma = {0.5, 1.0, 1.5};
        double[] noise = {0.1, 0.2, 0.3};
        for (int i = 0; i < 3; i++) {
            double b = sigma[i];
            double n = noise[i];
            out.add(raw("blur", "sigma" + b + "px", byPx[i], img -> ImageDistortions.blur(img, b)));
            out.add(new Distortion("noise", "std" + n, byPx[i], "raw", (img, rng) -> ImageDistortions.noise(img, n, rng)));
        }
        return out;
    }

    /** Digits drawn small or off-centre, and photographed or scanned on paper, read like {@code predict} reads. */
    public static List<Distortion> pictures() {
        List<Distortion> out = new ArrayList<>();
        out.add(new Distortion("preprocessed", "-", Distortion.Level.MILD, "predict",
                (img, rng) -> DigitPreprocessor.process(img, 28, 28).pixels()));
        out.add(new Distortion("off-centre", "corner of 48x48", Distortion.Level.MILD, "predict",
                (img, rng) -> PicturePreprocessor.read(picture(img, 48, 28, rng, false)).pixels()));
        out.add(new Distortion("small", "x0.5 in 56x56", Distortion.Level.MODERATE, "predict",
                (img, rng) -> PicturePreprocessor.read(picture(img, 56, 14, rng, false)).pixels()));
        out.add(new Distortion("small", "x0.35 in 56x56", Distortion.Level.STRONG, "predict",
                (img, rng) -> PicturePreprocessor.read(picture(img, 56, 10, rng, false)).pixels()));
        for (int size : new int[] {64, 200, 480}) {
            out.add(new Distortion("paper", size + "px photo", Distortion.Level.MODERATE, "predict",
                    (img, rng) -> PicturePreprocessor.read(picture(img, size, (int) (size * (0.4 + 0.3 * rng.nextDouble())),
                            rng, true)).pixels(), size > 100 ? 300 : Integer.MAX_VALUE));
        }
        return out;
    }

    /**
     * The 28x28 image resized to {@code side} pixels and put on a square picture of {@code size} pixels at a
     * random place. {@code paper}: dark ink on light, uneven paper with a little blur and sensor noise, as from a
     * phone camera or scanner; otherwise light ink on black.
     */
    static BufferedImage picture(float[] img, int size, int side, Random rng, boolean paper) {
        float[] digit = ImageScaler.scale(img, 28, 0, 0, 28, 28, side, side);
        int ox = rng.nextInt(Math.max(1, size - side + 1));
        int oy = rng.nextInt(Math.max(1, size - side + 1));
        float[] canvas = new float[size * size];
        for (int y = 0; y < side && oy + y < size; y++) {
            for (int x = 0; x < side && ox + x < size; x++) {
                canvas[(oy + y) * size + ox + x] = digit[y * side + x];
            }
        }
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        if (paper) {
            canvas = ImageDistortions.blur(canvas, 0.4 * size / 64.0);
        }
        double paperLight = 0.8 + 0.15 * rng.nextDouble();
        double inkDark = 0.1 + 0.2 * rng.nextDouble();
        double tilt = 0.1 * rng.nextDouble();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double v = canvas[y * size + x];
                if (paper) {
                    // Light falls off across the page; ink darkens the paper it covers.
                    double light = paperLight - tilt * (x + y) / (2.0 * size);
                    v = light - (light - inkDark) * Math.min(1, v) + rng.nextGaussian() * 0.03;
                }
                out.getRaster().setSample(x, y, 0, (int) Math.round(Math.max(0, Math.min(1, v)) * 255));
            }
        }
        return out;
    }

    private static Distortion raw(String name, String strength, Distortion.Level level,
                                  java.util.function.UnaryOperator<float[]> f) {
        return new Distortion(name, strength, level, "raw", (img, rng) -> f.apply(img));
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : String.valueOf(v);
    }
}
