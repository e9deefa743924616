package org.neurallab.ui.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the app's canvas plots share: a canvas that fills the region and is redrawn when it is resized or the
 * font size or theme changes, the theme's ink and grid colours, and the grid with labelled ticks.
 */
public abstract class CanvasPlotBase extends Region {
    private final Canvas canvas = new Canvas();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 13);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);

    protected CanvasPlotBase() {
        getChildren().add(canvas);
        fontSize.addListener(o -> redraw());
        dark.addListener(o -> redraw());
    }

    /** Draws everything again. */
    public abstract void redraw();

    public Canvas canvas() {
        return canvas;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The text and line colour of the current theme. */
    public Color ink() {
        return dark.get() ? Color.web("#e6edf3") : Color.web("#1f2328");
    }

    protected Color gridColour() {
        return dark.get() ? Color.web("#30363d") : Color.web("#d0d7de");
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Grid lines across the plot area at each tick, with the tick values left of and below it. */
    void drawGrid(GraphicsContext g, Axis xAxis, Axis yAxis, double left, double top, double right, double bottom) {
        double fs = fontSize.get();
        g.setFont(Font.font(fs));
        g.setLineWidth(1);
        g.setStroke(gridColour());
        g.setFill(ink());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : yAxis.ticks()) {
            double y = yAxis.toPixel(t);
            g.strokeLine(left, y, right, y);
            g.fillText(Axis.format(t, yAxis.step()), left - fs * 0.4, y);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : xAxis.ticks()) {
            double x = xAxis.toPixel(t);
            g.strokeLine(x, top, x, bottom);
            g.fillText(Axis.format(t, xAxis.step()), x, bottom + fs * 0.3);
        }
    }
}
