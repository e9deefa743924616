package org.neurallab.lab.convolution.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.DivergingColours;

/**
 * Draws a grid of numbers as coloured cells: grey for images (0..1), a diverging blue-white-red map for signed
 * values. Can show a zero-padding ring, hide cells not yet computed, print the numbers when cells are big enough,
 * and outline highlighted rectangles (the sliding window, the output cell, the best match).
 */
public class GridCanvas extends Region {
    /** GREY: 0 black, 1 white (photos, MNIST); INK: 0 white, 1 black (lecture 002's drawing). */
    public enum Style { GREY, INK, DIVERGING }

    /** An outlined block of cells in grid coordinates (may reach into the padding ring). */
    public record Mark(int row, int col, int rows, int cols, Color color, double inset) {
        public Mark(int row, int col, int rows, int cols, Color color) {
            this(row, col, rows, cols, color, 1.5);
        }
    }

    private final Canvas canvas = new Canvas();
    private double[][] values = {{0}};
    private Style style = Style.GREY;
    private int padding;
    private int visibleCells = Integer.MAX_VALUE;
    private int decimals = 2;
    private boolean numbers = true;
    private boolean fixedDecimals;
    private boolean dirty = true;
    private GridCanvas cellSource;
    private double maxCell = 48;
    private final List<Mark> marks = new ArrayList<>();

    public GridCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("conv-grid");
        setMinSize(60, 60);
    }

    public void show(double[][] values, Style style, int padding) {
        this.values = values;
        this.style = style;
        this.padding = padding;
        redraw();
    }

    /** Only the first n cells in reading order are drawn (the output filling in); MAX_VALUE shows all. */
    public void setVisibleCells(int n) {
        this.visibleCells = n;
        redraw();
    }

    public void setMarks(List<Mark> newMarks) {
        marks.clear();
        marks.addAll(newMarks);
        redraw();
    }

    public void setNumbers(boolean numbers, int decimals) {
        this.numbers = numbers;
        this.decimals = decimals;
        redraw();
    }

    /** Always print all decimals (0.390, not 0.39), as the lecture's tables do. */
    public void setFixedDecimals(boolean fixed) {
        this.fixedDecimals = fixed;
        redraw();
    }

    public void setMaxCell(double px) {
        this.maxCell = px;
        requestLayout();
    }

    public double[][] values() {
        return values;
    }

    @Override
    protected double computePrefWidth(double h) {
        return Math.min(420, maxCell * (values[0].length + 2 * padding));
    }

    @Override
    protected double computePrefHeight(double w) {
        return Math.min(420, maxCell * (values.length + 2 * padding));
    }

    @Override
    protected void layoutChildren() {
        if (dirty || canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    /** Painting waits for the next layout pass, so several changes in a row cost one paint. */
    private void redraw() {
        dirty = true;
        requestLayout();
    }

    /**
     * Draw cells no bigger than those of {@code source}, so an output lines up cell for cell with its input and
     * the sliding window is easy to follow.
     */
    public void setCellSource(GridCanvas source) {
        this.cellSource = source;
        source.layoutBoundsProperty().addListener((o, a, b) -> redraw());
    }

    /** Side of one cell in pixels for the current size. */
    public double cellSize() {
        int rows = values.length + 2 * padding;
        int cols = values[0].length + 2 * padding;
        double limit = cellSource == null || cellSource.getWidth() <= 0 ? maxCell
                : Math.min(maxCell, cellSource.cellSize());
        double cell = Math.max(1, Math.min(limit, Math.min(getWidth() / cols, getHeight() / rows)));
        // Whole pixels keep small cells from blending into stripes.
        return cell >= 2 ? Math.floor(cell) : cell;
    }

    private void paint() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int rows = values.length;
        int cols = values[0].length;
        double cell = cellSize();
        double ox = Math.floor((getWidth() - cell * (cols + 2 * padding)) / 2);
        double oy = 0;
        double maxAbs = 0;
        for (double[] row : values) {
            for (double v : row) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
        }
        boolean printNumbers = numbers && cell >= 26;
        g.setFont(Font.font("System", FontWeight.NORMAL, Math.min(14, cell * 0.32)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = -padding; r < rows + padding; r++) {
            for (int c = -padding; c < cols + padding; c++) {
                double x = ox + (c + padding) * cell;
                double y = oy + (r + padding) * cell;
                boolean inside = r >= 0 && c >= 0 && r < rows && c < cols;
                if (!inside) {
                    g.setFill(Color.rgb(200, 215, 235, 0.6));
                    g.fillRect(x, y, cell, cell);
                    continue;
                }
                if (r * cols + c >= visibleCells) {
                    g.setFill(Color.rgb(128, 128, 128, 0.15));
                    g.fillRect(x, y, cell, cell);
                    continue;
                }
                double v = values[r][c];
                int rgb = switch (style) {
                    case GREY -> DivergingColours.grey(v);
                    case INK -> DivergingColours.grey(1 - v);
                    case DIVERGING -> DivergingColours.rgb(v, maxAbs);
                };
                Color fill = Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
                g.setFill(fill);
                g.fillRect(x, y, Math.ceil(cell), Math.ceil(cell));
                if (printNumbers) {
                    g.setFill(fill.getBrightness() > 0.6 ? Color.BLACK : Color.WHITE);
                    g.fillText(fixedDecimals ? I18n.get().fixed(v, decimals) : I18n.get().number(v, decimals), x + cell / 2, y + cell / 2, cell - 2);
                }
            }
        }
        if (cell >= 10) {
            g.setStroke(Color.rgb(120, 120, 120, 0.5));
            g.setLineWidth(0.5);
            for (int i = 0; i <= cols + 2 * padding; i++) {
                g.strokeLine(ox + i * cell, oy, ox + i * cell, oy + (rows + 2 * padding) * cell);
            }
            for (int i = 0; i <= rows + 2 * padding; i++) {
                g.strokeLine(ox, oy + i * cell, ox + (cols + 2 * padding) * cell, oy + i * cell);
            }
        }
        g.setLineWidth(3);
        for (Mark m : marks) {
            g.setStroke(m.color());
            double in = m.inset();
            g.strokeRect(ox + (m.col() + padding) * cell + in, oy + (m.row() + padding) * cell + in,
                    m.cols() * cell - 2 * in, m.rows() * cell - 2 * in);
        }
    }
}
