package org.neurallab.lab.playground.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.neurallab.lab.playground.ColorRamp;
import org.neurallab.lab.playground.GridMaps;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.ProblemType;
import org.neurallab.lab.playground.data.TrainTestSplit;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * The big output picture: the network's answer over the whole square (a small image drawn scaled
 * with smoothing), the training points (white ring) and, if asked, the test points (dark ring).
 * Click to add a training point with the chosen label; drag to paint a trail of them.
 */
final class OutputPane extends Region {
    private static final double MARGIN = 22;

    private double margin() {
        return MARGIN * Math.max(1, fontProbe.getFont().getSize() / 14.0);
    }
    private static final double PAINT_SPACING = 14;

    private final PlaygroundController controller;
    private final Canvas canvas = new Canvas();
    /** Never shown: its font follows the shell's UI scale, which the canvas text copies. */
    private final javafx.scene.control.Label fontProbe = new javafx.scene.control.Label();
    private WritableImage image;
    private ColorRamp colors;
    private double paintLabel = 1;
    private double lastPaintX = Double.NaN;
    private double lastPaintY = Double.NaN;

    OutputPane(PlaygroundController controller) {
        this.controller = controller;
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().addAll(canvas, fontProbe);
        canvas.setId("output-canvas");
        setMinSize(200, 200);
        setPrefSize(360, 360);
        canvas.setOnMousePressed(this::paint);
        canvas.setOnMouseDragged(this::paint);
        canvas.setOnMouseReleased(e -> lastPaintX = Double.NaN);
        controller.pointsProperty().addListener(o -> draw());
        controller.configProperty().addListener(o -> draw());
    }

    Canvas canvas() {
        return canvas;
    }

    void setPaintLabel(double label) {
        paintLabel = label;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate((getWidth() - side) / 2, 0);
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return width > 0 ? width : 360;
    }

    /** Shows output pixels (live, or a timeline frame). */
    void show(int[] pixels, int resolution, ColorRamp ramp) {
        colors = ramp;
        image = NetworkPainter.write(image, pixels, resolution);
        draw();
    }

    private double side() {
        return canvas.getWidth() - 2 * margin();
    }

    private double toScreenX(double x1) {
        return margin() + (x1 + GridMaps.DOMAIN) / (2 * GridMaps.DOMAIN) * side();
    }

    private double toScreenY(double x2) {
        return margin() + (GridMaps.DOMAIN - x2) / (2 * GridMaps.DOMAIN) * side();
    }

    private void paint(MouseEvent e) {
        PlaygroundConfig c = controller.configProperty().get();
        if (c.getLesson().locks(Control.POINTS) || side() <= 0) {
            return;
        }
        if (!Double.isNaN(lastPaintX) && Math.hypot(e.getX() - lastPaintX, e.getY() - lastPaintY) < PAINT_SPACING) {
            return;
        }
        double x1 = (e.getX() - margin()) / side() * 2 * GridMaps.DOMAIN - GridMaps.DOMAIN;
        double x2 = GridMaps.DOMAIN - (e.getY() - margin()) / side() * 2 * GridMaps.DOMAIN;
        if (Math.abs(x1) > GridMaps.DOMAIN || Math.abs(x2) > GridMaps.DOMAIN) {
            return;
        }
        lastPaintX = e.getX();
        lastPaintY = e.getY();
        controller.addTrainingPoint(new DataPoint(x1, x2, paintLabel));
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        g.clearRect(0, 0, w, canvas.getHeight());
        double s = side();
        if (s <= 0) {
            return;
        }
        g.setImageSmoothing(true);
        if (image != null) {
            g.drawImage(image, margin(), margin(), s, s);
        }
        g.setStroke(Color.web("#666"));
        g.setLineWidth(1);
        g.strokeRect(margin(), margin(), s, s);
        g.setFill(Color.web("#666"));
        g.setFont(Font.font(11 * Math.max(1, fontProbe.getFont().getSize() / 14.0)));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int v = -6; v <= 6; v += 3) {
            g.fillText(Integer.toString(v), toScreenX(v), margin() + s + 3);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int v = -6; v <= 6; v += 3) {
            g.fillText(Integer.toString(v), margin() - 3, toScreenY(v));
        }
        if (colors == null) {
            return;
        }
        PlaygroundConfig c = controller.configProperty().get();
        TrainTestSplit split = controller.pointsProperty().get();
        double r = Math.max(3.5, s / 75);
        drawPoints(g, split.train(), c, Color.WHITE, r);
        if (c.isShowTestData() && split.test() != split.train()) {
            drawPoints(g, split.test(), c, Color.BLACK, r);
        }
    }

    private void drawPoints(GraphicsContext g, List<DataPoint> points, PlaygroundConfig c, Color ring, double r) {
        boolean regression = c.problem() == ProblemType.REGRESSION;
        boolean multi = c.outputs() > 1;
        g.setStroke(ring);
        g.setLineWidth(1);
        for (DataPoint p : points) {
            int rgb = regression ? colors.pointColor(p.label())
                    : multi ? colors.classColor(p.classIndex()) : colors.pointColor(p.classIndex() == 1 ? 1 : -1);
            g.setFill(Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255));
            double x = toScreenX(p.x1());
            double y = toScreenY(p.x2());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
