package org.neurallab.cli;

import java.awt.image.BufferedImage;

/** Recognises images that are already like MNIST (28x28, light ink on a dark background) and reads them as they are. */
final class MnistStyle {
    private MnistStyle() {
    }

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

    static float[] pixels(BufferedImage image) {
        float[] out = new float[28 * 28];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                out[y * 28 + x] = (float) gray(image, x, y);
            }
        }
        return out;
    }

    private static double gray(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff)) / 255.0;
    }
}
