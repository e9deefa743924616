package org.neurallab.lab.curriculum.kmeans;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.neurallab.ui.chart.XyPlot;

/** Eight cluster colours that stay distinct on the light and the dark theme, and the centroid marker. */
final class ClusterColours {
    private static final String[] LIGHT = {"#0969da", "#cf222e", "#1a7f37", "#bf8700", "#8250df", "#1b7c83",
        "#bc4c00", "#bf3989"};
    private static final String[] DARK = {"#4493f8", "#f85149", "#3fb950", "#d29922", "#a371f7", "#39c5cf",
        "#f0883e", "#db61a2"};

    private ClusterColours() {
    }

    static Color of(int cluster, boolean dark) {
        String[] p = dark ? DARK : LIGHT;
        return Color.web(p[Math.floorMod(cluster, p.length)]);
    }

    static Color unassigned(boolean dark) {
        return dark ? Color.web("#8b949e") : Color.web("#8c959f");
    }

    /** A centroid: a large diamond in the cluster's colour with a thick outline in the ink colour. */
    static void centroid(XyPlot.Pen pen, double x, double y, Color colour) {
        GraphicsContext g = pen.graphics();
        double px = pen.px(x);
        double py = pen.py(y);
        double r = pen.fontSize() * 0.8;
        double[] xs = {px, px + r, px, px - r};
        double[] ys = {py - r, py, py + r, py};
        g.setFill(colour);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(pen.ink());
        g.setLineWidth(2.5);
        g.strokePolygon(xs, ys, 4);
    }
}
