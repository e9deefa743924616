package org.neurallab.lab.training.results;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Turns dataset pixels (0 = black .. 1 = white, row by row) into images to show. */
public final class DigitImages {
    private DigitImages() {
    }

    public static WritableImage image(float[] pixels, int width, int height) {
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = Math.max(0, Math.min(1, pixels[y * width + x]));
                int g = Math.round(v * 255);
                w.setArgb(x, y, 0xff000000 | g << 16 | g << 8 | g);
            }
        }
        return img;
    }

    /** An enlarged view with sharp pixels, as a student expects to see a 28×28 image. */
    public static ImageView view(float[] pixels, int width, int height, double size) {
        ImageView v = new ImageView(image(pixels, width, height));
        v.setSmooth(false);
        v.setFitWidth(size);
        v.setFitHeight(size);
        return v;
    }
}
