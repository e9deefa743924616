package org.neurallab.lab.digits.view;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Small grayscale pictures (inputs, feature maps, filters) as JavaFX images with hard pixel edges. */
public final class GrayImages {
    private GrayImages() {
    }

    /**
     * Puts a picture into an ImageView that owns its image. A picture of the size already shown is copied into
     * the shown image, so the renderer updates one texture instead of making a new one per reading (new textures
     * per update piled up in the software pipeline until the next collection: hundreds of MB in the soak).
     */
    public static void show(ImageView view, WritableImage picture) {
        if (view.getImage() instanceof WritableImage shown && shown != picture
                && shown.getWidth() == picture.getWidth() && shown.getHeight() == picture.getHeight()) {
            int w = (int) picture.getWidth();
            int h = (int) picture.getHeight();
            shown.getPixelWriter().setPixels(0, 0, w, h, picture.getPixelReader(), 0, 0);
        } else {
            view.setImage(picture);
        }
    }

    /** Values 0..1 shown as black..white. */
    public static WritableImage of(float[] values, int width, int height) {
        return scaled(values, width, height, 0, 1);
    }

    /** Values scaled so {@code min} is black and {@code max} white (a constant map is black). */
    public static WritableImage scaled(float[] values, int width, int height, float min, float max) {
        Color[] colors = new Color[width * height];
        float range = max - min;
        for (int i = 0; i < colors.length; i++) {
            double g = range > 1e-12 ? (values[i] - min) / range : 0;
            colors[i] = Color.gray(Math.max(0, Math.min(1, g)));
        }
        return blocks(colors, width, height);
    }

    /** Weights: orange for positive, blue for negative, black for zero (scaled by the largest size). */
    public static WritableImage diverging(float[] values, int width, int height) {
        float maxAbs = 1e-12f;
        for (float v : values) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        Color[] colors = new Color[width * height];
        for (int i = 0; i < colors.length; i++) {
            double t = values[i] / maxAbs;
            colors[i] = t >= 0 ? Color.color(t, t * 0.55, 0) : Color.color(0, -t * 0.55, -t);
        }
        return blocks(colors, width, height);
    }

    /**
     * Small pictures are enlarged here with whole-pixel blocks: some rendering pipelines smooth an ImageView
     * whatever its smooth flag says, which would blur a 3x3 filter into a blob.
     */
    private static WritableImage blocks(Color[] colors, int width, int height) {
        int f = Math.max(1, 56 / Math.max(width, height));
        int[] argb = new int[colors.length];
        for (int i = 0; i < colors.length; i++) {
            Color c = colors[i];
            argb[i] = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255);
        }
        int w = width * f;
        int h = height * f;
        int[] big = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                big[y * w + x] = argb[(y / f) * width + x / f];
            }
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), big, 0, w);
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
