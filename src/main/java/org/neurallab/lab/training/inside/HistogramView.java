package org.neurallab.lab.training.inside;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A small bar chart of one layer's output histogram; the zero line is marked when it lies inside. */
final class HistogramView extends Canvas {
    static final Color BAR = Color.web("#3b82c4");
    static final Color ZERO = Color.web("#e8710a");

    private int[] counts = new int[0];
    private double min;
    private double max;

    HistogramView(double width, double height) {
        super(width, height);
        getStyleClass().add("inside-histogram");
    }

    /** Follows the UI scale: the size in multiples of the text's font size. */
    void fitFont(double fontSize) {
        setWidth(Math.round(fontSize * 7.4));
        setHeight(Math.round(fontSize * 2));
        draw();
    }

    void show(int[] counts, double min, double max) {
        this.counts = counts.clone();
        this.min = min;
        this.max = max;
        draw();
    }

    void clear() {
        counts = new int[0];
        draw();
    }

    /** The counts shown, for tests. */
    int[] counts() {
        return counts.clone();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        g.setStroke(Color.gray(0.5, 0.6));
        g.setLineWidth(1);
        g.strokeLine(0, h - 0.5, w, h - 0.5);
        int top = 0;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        if (top == 0) {
            return;
        }
        double bar = w / counts.length;
        g.setFill(BAR);
        for (int i = 0; i < counts.length; i++) {
            // square-root scale: a spike of zeros (ReLU) does not flatten everything else
            double height = (h - 2) * Math.sqrt(counts[i] / (double) top);
            g.fillRect(i * bar + 0.5, h - 1 - height, Math.max(1, bar - 1), height);
        }
        if (min < 0 && max > 0) {
            double x = w * (0 - min) / (max - min);
            g.setStroke(ZERO);
            g.strokeLine(x, 0, x, h);
        }
    }
}
