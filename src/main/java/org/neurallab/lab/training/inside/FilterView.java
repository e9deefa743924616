package org.neurallab.lab.training.inside;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.neurallab.train.inside.FilterImages;

/**
 * The first layer's weights as pictures in a grid: blue for positive weights, orange for negative ones,
 * white for zero, each picture scaled to its own largest weight.
 */
final class FilterView extends Canvas {
    static final int COLUMNS = 4;
    private static final Color POSITIVE = Color.web("#1f6fb4");
    private static final Color NEGATIVE = Color.web("#e8710a");
    private double cell;
    private FilterImages last;
    private final double gap = 4;
    private int shown;

    FilterView(double cell) {
        super(COLUMNS * (cell + 4), COLUMNS * (cell + 4));
        this.cell = cell;
        getStyleClass().add("inside-filters");
    }

    /** Follows the UI scale: a picture about twice the font size. */
    void fitFont(double fontSize) {
        cell = Math.round(fontSize * 2.15);
        setWidth(COLUMNS * (cell + gap));
        show(last);
    }

    void show(FilterImages filters) {
        last = filters;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        shown = 0;
        if (filters == null) {
            return;
        }
        int rows = (filters.count() + COLUMNS - 1) / COLUMNS;
        setHeight(rows * (cell + gap));
        g.setImageSmoothing(false);
        for (int i = 0; i < filters.count(); i++) {
            WritableImage image = picture(filters.image(i), filters.width(), filters.height());
            double x = (i % COLUMNS) * (cell + gap);
            double y = (i / COLUMNS) * (cell + gap);
            g.drawImage(image, x, y, cell, cell);
            g.setStroke(Color.gray(0.6));
            g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
        }
        shown = filters.count();
    }

    /** Pictures drawn, for tests. */
    int shown() {
        return shown;
    }

    static WritableImage picture(float[] weights, int width, int height) {
        float largest = 0;
        for (float w : weights) {
            largest = Math.max(largest, Math.abs(w));
        }
        WritableImage image = new WritableImage(width, height);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = largest == 0 ? 0 : weights[y * width + x] / largest;
                pixels.setColor(x, y, Color.WHITE.interpolate(v >= 0 ? POSITIVE : NEGATIVE, Math.abs(v)));
            }
        }
        return image;
    }
}
