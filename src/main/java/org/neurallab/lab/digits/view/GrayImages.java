package org.neurallab.lab.digits.view;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Small grayscale pictures (inputs, feature maps, filters) as JavaFX images with hard pixel edges. */
public final class GrayImages {
    private GrayImages() {
    }

    /** Values 0..1 shown as black..white. */
    public static WritableImage of(float[] values, int width, int height) {
        return scaled(values, width, height, 0, 1);
    }

    /** Values scaled so {@code min} is black and {@code max} white (a constant map is black). */
    public static WritableImage scaled(float[] values, int width, int height, float min, float max) {
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        float range = max - min;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = values[y * width + x];
                double g = range > 1e-12 ? (v - min) / range : 0;
                w.setColor(x, y, Color.gray(Math.max(0, Math.min(1, g))));
            }
        }
        return img;
    }

    /** Weights: orange for positive, blue for negative, black for zero (scaled by the largest size). */
    public static WritableImage diverging(float[] values, int width, int height) {
        float maxAbs = 1e-12f;
        for (float v : values) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double t = values[y * width + x] / maxAbs;
                w.setColor(x, y, t >= 0 ? Color.color(t, t * 0.55, 0) : Color.color(0, -t * 0.55, -t));
            }
        }
        return img;
    }

    /** An ImageView that shows the picture at {@code side} pixels, without smoothing. */
    public static ImageView view(double side) {
        ImageView v = new ImageView();
        v.setSmooth(false);
        v.setFitWidth(side);
        v.setFitHeight(side);
        v.setPreserveRatio(true);
        return v;
    }
}
