package org.neurallab.data;

import java.awt.image.BufferedImage;

/**
 * How {@code predict} (and the robustness benchmark's paper pictures) read a picture of any size: a 28x28
 * picture that already looks like MNIST (light ink on a dark border) is read as it is; anything else goes
 * through {@link DigitPreprocessor#process(BufferedImage)} (ink found, dark ink inverted, scaled to 20x20,
 * centred by mass).
 */
public final class PicturePreprocessor {
    private PicturePreprocessor() {
    }

    public static PreprocessResult read(BufferedImage image) {
        if (isMnistStyle(image)) {
            float[] out = new float[28 * 28];
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    out[y * 28 + x] = (float) gray(image, x, y);
                }
            }
            return new PreprocessResult(out, false);
        }
        return DigitPreprocessor.process(image);
    }

    /** 28x28 with a dark border (mean brightness under 0.2): already an MNIST-style image. */
    static boolean isMnistStyle(BufferedImage image) {
        if (image.getWidth() != 28 || image.getHeight() != 28) {
            return false;
        }
        double border = 0;
        int n = 0;
        for (int i = 0; i < 28; i++) {
            border += gray(image, i, 0) + gray(image, i, 27) + gray(image, 0, i) + gray(image, 27, i);
            n += 4;
        }
        return border / n < 0.2;
    }

    private static double gray(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
    }
}
