package org.neurallab.lab.curriculum.loss;

import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.neurallab.ui.chart.XyPlot;

/**
 * The ten predicted probabilities as bars; pressing or dragging the mouse over a bar sets its height
 * (rounded to 0.01, the precision of the lecture's numbers). The target class's bar is drawn in green.
 */
final class PredictionBars extends XyPlot {
    private final Supplier<double[]> prediction;
    private final IntSupplier target;
    private final BiConsumer<Integer, Double> onDrag;

    PredictionBars(Supplier<double[]> prediction, IntSupplier target, BiConsumer<Integer, Double> onDrag) {
        this.prediction = prediction;
        this.target = target;
        this.onDrag = onDrag;
        setId("loss-bars");
        setPrefSize(520, 260);
        setWindow(-0.6, LossExample.CLASSES - 0.4, 0, 1.05, false);
        setZeroAxes(false); // x = 0 is the middle of bar 0, not an axis
        setPainter(this::paint);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
    }

    private void drag(MouseEvent e) {
        Point2D p = toWorld(e.getX(), e.getY());
        if (p == null) {
            return;
        }
        int k = (int) Math.round(p.getX());
        if (k < 0 || k >= LossExample.CLASSES) {
            return;
        }
        double v = Math.max(0, Math.min(1, Math.round(p.getY() * 100) / 100.0));
        onDrag.accept(k, v);
    }

    private void paint(Pen pen) {
        double[] y = prediction.get();
        int t = target.getAsInt();
        GraphicsContext g = pen.graphics();
        boolean dark = darkProperty().get();
        Color bar = dark ? Color.web("#4493f8") : Color.web("#0969da");
        Color good = dark ? Color.web("#3fb950") : Color.web("#1a7f37");
        for (int k = 0; k < y.length; k++) {
            double left = pen.px(k - 0.35);
            double right = pen.px(k + 0.35);
            double top = pen.py(y[k]);
            double bottom = pen.py(0);
            g.setFill(k == t ? good : bar);
            g.fillRect(left, top, right - left, Math.max(1, bottom - top));
            String label = String.format(java.util.Locale.ROOT, "%.2f", y[k]);
            double textWidth = pen.fontSize() * 0.6 * label.length();
            pen.text(label, k, Math.min(y[k], 0.93), -textWidth / 2, -pen.fontSize() * 0.8, pen.ink());
        }
    }
}
