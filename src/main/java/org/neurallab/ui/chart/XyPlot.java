package org.neurallab.ui.chart;

import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * An x/y plot on a canvas for the worked examples: axes with nice ticks over a fixed world window, and a
 * painter callback that draws in world coordinates through {@link Pen}. Call {@link #redraw()} after the
 * data changed; resizing redraws by itself. The font size follows {@link #fontSizeProperty()} (bind it to
 * the UI scale) and the ink follows {@link #darkProperty()}.
 */
public class XyPlot extends CanvasPlotBase {
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private double xMin = -1;
    private double xMax = 1;
    private double yMin = -1;
    private double yMax = 1;
    private boolean equalAspect;
    private boolean zeroAxes = true;
    private Consumer<Pen> painter = pen -> { };
    private Axis xAxis;
    private Axis yAxis;
    /** The last {@link Pen#field} picture, written again while its size stays (one texture, not one per frame). */
    private WritableImage fieldImage;

    public XyPlot() {
        getStyleClass().add("plot-canvas");
        setMinSize(120, 90);
        setPrefSize(420, 320);
        xLabel.addListener((o, a, b) -> redraw());
        yLabel.addListener((o, a, b) -> redraw());
    }

    /** The world window shown. With {@code equalAspect} one unit is as long on both axes (the window grows). */
    public void setWindow(double xMin, double xMax, double yMin, double yMax, boolean equalAspect) {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty plot window");
        }
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.equalAspect = equalAspect;
        redraw();
    }

    /** Whether the lines x = 0 and y = 0 are drawn darker than the grid (on by default; off for bar charts). */
    public void setZeroAxes(boolean zeroAxes) {
        this.zeroAxes = zeroAxes;
        redraw();
    }

    public void setPainter(Consumer<Pen> painter) {
        this.painter = painter == null ? pen -> { } : painter;
        redraw();
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** The world point under a pixel of this region (e.g. a mouse event's x, y), or null before the first layout. */
    public Point2D toWorld(double px, double py) {
        if (xAxis == null) {
            return null;
        }
        return new Point2D(xAxis.toValue(px), yAxis.toValue(py));
    }

    /** The pixel of a world point, or null before the first layout. */
    public Point2D toPixel(double x, double y) {
        if (xAxis == null) {
            return null;
        }
        return new Point2D(xAxis.toPixel(x), yAxis.toPixel(y));
    }

    @Override
    public void redraw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double fs = fontSizeProperty().get();
        double left = fs * (yLabel.get().isEmpty() ? 3.5 : 4.8);
        double top = fs * 0.8;
        double right = w - fs;
        double bottom = h - fs * (xLabel.get().isEmpty() ? 1.8 : 3.0);
        if (right - left < 20 || bottom - top < 20) {
            xAxis = null;
            return;
        }
        double x0 = xMin;
        double x1 = xMax;
        double y0 = yMin;
        double y1 = yMax;
        if (equalAspect) {
            double unitsPerPixel = Math.max((x1 - x0) / (right - left), (y1 - y0) / (bottom - top));
            double cx = (x0 + x1) / 2;
            double cy = (y0 + y1) / 2;
            x0 = cx - unitsPerPixel * (right - left) / 2;
            x1 = cx + unitsPerPixel * (right - left) / 2;
            y0 = cy - unitsPerPixel * (bottom - top) / 2;
            y1 = cy + unitsPerPixel * (bottom - top) / 2;
        }
        xAxis = new Axis(x0, x1, left, right, Math.max(2, (int) ((right - left) / (fs * 5))));
        yAxis = new Axis(y0, y1, bottom, top, Math.max(2, (int) ((bottom - top) / (fs * 2.5))));
        drawGrid(g, xAxis, yAxis, left, top, right, bottom);
        Color ink = ink();
        g.setFill(ink);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        // the axes themselves, where zero is inside the window
        g.setStroke(ink.deriveColor(0, 1, 1, 0.55));
        if (zeroAxes && y0 < 0 && y1 > 0) {
            g.strokeLine(left, yAxis.toPixel(0), right, yAxis.toPixel(0));
        }
        if (zeroAxes && x0 < 0 && x1 > 0) {
            g.strokeLine(xAxis.toPixel(0), top, xAxis.toPixel(0), bottom);
        }
        if (!xLabel.get().isEmpty()) {
            g.fillText(xLabel.get(), (left + right) / 2, bottom + fs * 1.5);
        }
        if (!yLabel.get().isEmpty()) {
            g.save();
            g.translate(fs * 0.9, (top + bottom) / 2);
            g.rotate(-90);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yLabel.get(), 0, 0);
            g.restore();
        }
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        painter.accept(new Pen(g, left, top, right, bottom, fs));
        g.restore();
    }

    /** Drawing in world coordinates, clipped to the plot area. */
    public final class Pen {
        private final GraphicsContext g;
        private final double left;
        private final double top;
        private final double right;
        private final double bottom;
        private final double fs;

        private Pen(GraphicsContext g, double left, double top, double right, double bottom, double fs) {
            this.g = g;
            this.left = left;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
            this.fs = fs;
        }

        /** The raw context, for anything the helpers below do not cover. */
        public GraphicsContext graphics() {
            return g;
        }

        public double fontSize() {
            return fs;
        }

        public double px(double x) {
            return xAxis.toPixel(x);
        }

        public double py(double y) {
            return yAxis.toPixel(y);
        }

        public double xMin() {
            return xAxis.toValue(left);
        }

        public double xMax() {
            return xAxis.toValue(right);
        }

        public double yMin() {
            return yAxis.toValue(bottom);
        }

        public double yMax() {
            return yAxis.toValue(top);
        }

        public Color ink() {
            return XyPlot.this.ink();
        }

        public Pen line(double x1, double y1, double x2, double y2, Color color, double width) {
            g.setStroke(color);
            g.setLineWidth(width);
            g.strokeLine(px(x1), py(y1), px(x2), py(y2));
            return this;
        }

        /** A polyline through the points; non-finite values break the line. */
        public Pen polyline(double[] xs, double[] ys, Color color, double width) {
            g.setStroke(color);
            g.setLineWidth(width);
            g.beginPath();
            boolean started = false;
            for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
                if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                    started = false;
                    continue;
                }
                double x = px(xs[i]);
                double y = Math.max(top - 1e4, Math.min(bottom + 1e4, py(ys[i])));
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
            return this;
        }

        /** y = f(x) across the visible x range, sampled every two pixels. */
        public Pen function(DoubleUnaryOperator f, Color color, double width) {
            int n = Math.max(2, (int) ((right - left) / 2));
            double[] xs = new double[n + 1];
            double[] ys = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                xs[i] = xAxis.toValue(left + (right - left) * i / n);
                ys[i] = f.applyAsDouble(xs[i]);
            }
            return polyline(xs, ys, color, width);
        }

        /** A filled dot of radius r pixels with a thin outline in the ink colour. */
        public Pen dot(double x, double y, double r, Color fill) {
            g.setFill(fill);
            g.fillOval(px(x) - r, py(y) - r, 2 * r, 2 * r);
            g.setStroke(ink().deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1);
            g.strokeOval(px(x) - r, py(y) - r, 2 * r, 2 * r);
            return this;
        }

        /** An arrow from (x1, y1) to (x2, y2) in world coordinates, head size in pixels. */
        public Pen arrow(double x1, double y1, double x2, double y2, Color color, double width, double head) {
            double ax = px(x1);
            double ay = py(y1);
            double bx = px(x2);
            double by = py(y2);
            g.setStroke(color);
            g.setFill(color);
            g.setLineWidth(width);
            g.strokeLine(ax, ay, bx, by);
            double len = Math.hypot(bx - ax, by - ay);
            if (len > 1e-9) {
                double ux = (bx - ax) / len;
                double uy = (by - ay) / len;
                double h = Math.min(head, len);
                g.fillPolygon(new double[] {bx, bx - h * ux + h * 0.5 * uy, bx - h * ux - h * 0.5 * uy},
                        new double[] {by, by - h * uy - h * 0.5 * ux, by - h * uy + h * 0.5 * ux}, 3);
            }
            return this;
        }

        /** Text at a world point, left-aligned and vertically centred, offset by (dx, dy) pixels. */
        public Pen text(String text, double x, double y, double dx, double dy, Color color) {
            g.setFill(color);
            g.setFont(Font.font(fs));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, px(x) + dx, py(y) + dy);
            return this;
        }

        /**
         * Fills the plot area with the colour of f(x, y), one cell per {@code cell} pixels; for loss surfaces,
         * decision regions and densities. One field per plot: its picture is reused from one redraw to the next.
         */
        public Pen field(DoubleBinaryOperator f, Function<Double, Color> colour, int cell) {
            int cols = Math.max(1, (int) Math.ceil((right - left) / cell));
            int rows = Math.max(1, (int) Math.ceil((bottom - top) / cell));
            WritableImage image = fieldImage != null && fieldImage.getWidth() == cols && fieldImage.getHeight() == rows
                    ? fieldImage : new WritableImage(cols, rows);
            fieldImage = image;
            PixelWriter out = image.getPixelWriter();
            for (int r = 0; r < rows; r++) {
                double y = yAxis.toValue(top + (r + 0.5) * (bottom - top) / rows);
                for (int c = 0; c < cols; c++) {
                    double x = xAxis.toValue(left + (c + 0.5) * (right - left) / cols);
                    out.setColor(c, r, colour.apply(f.applyAsDouble(x, y)));
                }
            }
            g.setImageSmoothing(true);
            g.drawImage(image, left, top, right - left, bottom - top);
            return this;
        }
    }
}
