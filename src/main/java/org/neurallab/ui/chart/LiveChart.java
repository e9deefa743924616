package org.neurallab.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A line chart drawn on a canvas, for curves that grow while a model trains. Unlike JavaFX's
 * LineChart it keeps no node per point: a redraw walks the arrays once and, where several points
 * share a pixel column, draws their min-max span, so 10,000 points draw as fast as 1,000.
 *
 * <p>Call {@link #redraw()} after adding points, at most once per animation frame.
 */
public final class LiveChart extends CanvasPlotBase {
    private static final double PAD_LEFT = 4.2;
    private static final double PAD_BOTTOM = 2.6;

    private final List<Series> series = new ArrayList<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty xLabel = new SimpleStringProperty("");
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(true);
    private double fixedMinY = Double.NaN;
    private double fixedMaxY = Double.NaN;

    public LiveChart() {
        getStyleClass().add("live-chart");
        setMinSize(160, 120);
        setPrefSize(480, 300);
        title.addListener(o -> redraw());
        xLabel.addListener(o -> redraw());
        legendVisible.addListener(o -> redraw());
    }

    public Series addSeries(Series s) {
        series.add(s);
        return s;
    }

    public void removeSeries(Series s) {
        series.remove(s);
        redraw();
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    public void clear() {
        series.clear();
        redraw();
    }

    /** Fixes the y range (e.g. 0..1 for accuracy); NaN for automatic. */
    public void setYRange(double min, double max) {
        fixedMinY = min;
        fixedMaxY = max;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    /** Off when the page shows its own legend (for example one legend shared by several charts). */
    public BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    /** Draws everything again from the series' arrays. */
    public void redraw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 20 || h < 20) {
            return;
        }
        double fs = fontSizeProperty().get();
        Color ink = ink();
        double left = fs * PAD_LEFT;
        double top = fs * (title.get().isEmpty() ? 0.8 : 2.2);
        double right = w - fs;
        double bottom = h - fs * PAD_BOTTOM;
        if (right - left < 10 || bottom - top < 10) {
            return;
        }
        double[] range = range();
        Axis xAxis = new Axis(range[0], range[1], left, right, Math.max(2, (int) ((right - left) / (fs * 7))));
        Axis yAxis = new Axis(range[2], range[3], bottom, top, Math.max(2, (int) ((bottom - top) / (fs * 3))));

        drawGrid(g, xAxis, yAxis, left, top, right, bottom);
        g.fillText(xLabel.get(), (left + right) / 2, bottom + fs * 1.4);
        if (!title.get().isEmpty()) {
            g.setFont(Font.font(null, FontWeight.BOLD, fs * 1.1));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(title.get(), left, fs * 0.4);
        }
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        for (Series s : series) {
            drawSeries(g, s, xAxis, yAxis, fs);
        }
        g.restore();
        if (legendVisible.get()) {
            drawLegend(g, right, top, fs, ink);
        }
    }

    private void drawSeries(GraphicsContext g, Series s, Axis xAxis, Axis yAxis, double fs) {
        if (s.size() == 0) {
            return;
        }
        g.setStroke(s.color());
        g.setLineWidth(Math.max(2, fs / 6));
        g.setLineDashes(s.dashed() ? new double[] {fs * 0.6, fs * 0.4} : null);
        if (s.size() == 1) {
            double x = xAxis.toPixel(s.x(0));
            double y = yAxis.toPixel(s.shown(0));
            g.setFill(s.color());
            g.fillOval(x - 3, y - 3, 6, 6);
            return;
        }
        // One pixel column at a time: a vertical min-max span where points crowd, a line otherwise.
        g.beginPath();
        int column = Integer.MIN_VALUE;
        double lo = 0;
        double hi = 0;
        double lastY = 0;
        boolean started = false;
        for (int i = 0; i < s.size(); i++) {
            double v = s.shown(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            double px = xAxis.toPixel(s.x(i));
            double py = yAxis.toPixel(v);
            int c = (int) px;
            if (c == column) {
                lo = Math.min(lo, py);
                hi = Math.max(hi, py);
                lastY = py;
                continue;
            }
            if (started) {
                g.lineTo(column, lo);
                g.lineTo(column, hi);
                g.lineTo(column, lastY);
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                started = true;
            }
            column = c;
            lo = py;
            hi = py;
            lastY = py;
        }
        g.stroke();
        g.setLineDashes(null);
    }

    private void drawLegend(GraphicsContext g, double right, double top, double fs, Color ink) {
        g.setFont(Font.font(fs * 0.95));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double y = top + fs * 0.9;
        for (Series s : series) {
            g.setFill(ink);
            g.fillText(s.name(), right - fs * 2.4, y);
            g.setStroke(s.color());
            g.setLineWidth(Math.max(2, fs / 5));
            g.setLineDashes(s.dashed() ? new double[] {fs * 0.4, fs * 0.3} : null);
            g.strokeLine(right - fs * 2, y, right - fs * 0.4, y);
            y += fs * 1.3;
        }
        g.setLineDashes(null);
    }

    /** minX, maxX, minY, maxY over every finite point, padded a little. */
    private double[] range() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                double v = s.shown(i);
                if (Double.isFinite(v)) {
                    minX = Math.min(minX, s.x(i));
                    maxX = Math.max(maxX, s.x(i));
                    minY = Math.min(minY, v);
                    maxY = Math.max(maxY, v);
                }
            }
        }
        if (minX > maxX) {
            minX = 0;
            maxX = 1;
            minY = 0;
            maxY = 1;
        }
        if (maxX - minX < 1e-12) {
            maxX = minX + 1;
        }
        if (!Double.isNaN(fixedMinY)) {
            minY = fixedMinY;
            maxY = fixedMaxY;
        } else {
            double pad = Math.max((maxY - minY) * 0.05, 1e-6);
            minY -= pad;
            maxY += pad;
            if (minY < 0 && minY + pad >= 0) {
                minY = 0;
            }
        }
        return new double[] {minX, maxX, minY, maxY};
    }

    /** Current points as CSV text (series, x, y), e.g. for tests and export. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("series,x,y\n");
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                sb.append(s.name()).append(',').append(String.format(Locale.ROOT, "%s,%s", s.x(i), s.y(i))).append('\n');
            }
        }
        return sb.toString();
    }
}
