package org.neurallab.lab.playground.view;

/**
 * Where the network's nodes sit in the canvas: one column for the input features, one per hidden
 * layer and one for the outputs, spread over the width; nodes centred vertically in each column.
 */
final class NetworkLayout {
    final double width;
    final double height;
    final double top;
    final double node;
    final int columns;
    private final double labelRoom;
    private final int[] rows;

    /**
     * @param rows nodes in each column (inputs, hidden..., outputs)
     * @param top       space reserved above the nodes for the layer headers
     * @param labelRoom space left of the input column for the feature names
     */
    NetworkLayout(double width, double height, double top, double labelRoom, int[] rows) {
        this.labelRoom = labelRoom;
        this.width = width;
        this.height = height;
        this.top = top;
        this.rows = rows.clone();
        this.columns = rows.length;
        int most = 1;
        for (int r : rows) {
            most = Math.max(most, r);
        }
        double byHeight = (height - top - 8) / (most * 1.3);
        double byWidth = columnWidth() * 0.42;
        node = Math.max(18, Math.min(96, Math.min(byHeight, byWidth)));
    }

    double columnWidth() {
        return (width - labelRoom) / Math.max(1, columns);
    }

    /** Centre x of a column; the first leaves room for the feature names on its left. */
    double columnX(int column) {
        return labelRoom + columnWidth() * (column + 0.5);
    }

    double nodeLeft(int column) {
        return columnX(column) - node / 2;
    }

    double nodeTop(int column, int row) {
        double gap = node * 0.3;
        double total = rows[column] * node + (rows[column] - 1) * gap;
        double start = top + Math.max(4, (height - top - total) / 2);
        return start + row * (node + gap);
    }

    int rows(int column) {
        return rows[column];
    }

    /** The column and row of the node under (x, y), or null. */
    int[] nodeAt(double x, double y) {
        for (int c = 0; c < columns; c++) {
            double left = nodeLeft(c);
            if (x < left || x > left + node) {
                continue;
            }
            for (int r = 0; r < rows[c]; r++) {
                double t = nodeTop(c, r);
                if (y >= t && y <= t + node) {
                    return new int[] {c, r};
                }
            }
        }
        return null;
    }

    /** Distance from (px, py) to the segment (ax, ay)-(bx, by). */
    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
