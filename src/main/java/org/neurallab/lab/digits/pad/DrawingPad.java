package org.neurallab.lab.digits.pad;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The drawing pad: 280x280 pad units shown at {@code scale} screen pixels per unit. Strokes are kept in pad
 * units, so what the model sees does not depend on the screen size. White ink on black, like MNIST.
 * An optional 28x28 background picture (a Fashion sample) lies under the strokes.
 */
public final class DrawingPad extends Region {
    /** The default pen (medium). */
    public static final double PEN_WIDTH = 22;
    public static final double ERASER_WIDTH = 44;
    private static final double SIZE = PadPipeline.PAD_SIZE;

    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final List<Stroke> strokes = new ArrayList<>();
    private final BooleanProperty eraser = new SimpleBooleanProperty(this, "eraser", false);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty penWidth = new SimpleDoubleProperty(this, "penWidth", PEN_WIDTH);
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version", 0);
    private float[] background;
    private WritableImage backgroundImage;
    private Stroke current;

    public DrawingPad() {
        getStyleClass().add("drawing-pad");
        getChildren().add(canvas);
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::drag);
        canvas.setOnMouseReleased(e -> current = null);
        scale.addListener((obs, old, now) -> {
            canvas.setWidth(SIZE * now.doubleValue());
            canvas.setHeight(SIZE * now.doubleValue());
            requestLayout();
            redraw();
        });
        redraw();
    }

    /** Screen pixels per pad unit (1 = 280x280 pixels). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The width (pad units) of the strokes drawn from now on; each stroke keeps the width it was drawn with. */
    public DoubleProperty penWidthProperty() {
        return penWidth;
    }

    public BooleanProperty eraserProperty() {
        return eraser;
    }

    /** Goes up by one on every change, so others can react to "the drawing changed". */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Copies of the strokes, safe to hand to another thread. */
    public List<Stroke> snapshot() {
        List<Stroke> copy = new ArrayList<>(strokes.size());
        for (Stroke s : strokes) {
            Stroke c = new Stroke(s.width(), s.eraser());
            for (double[] p : s.points()) {
                c.add(p[0], p[1]);
            }
            copy.add(c);
        }
        return copy;
    }

    public float[] background() {
        return background == null ? null : background.clone();
    }

    public boolean isBlank() {
        return strokes.isEmpty() && background == null;
    }

    /** Puts a 28x28 picture under the strokes (and removes the strokes). */
    public void showPicture(float[] picture) {
        strokes.clear();
        background = picture.clone();
        int side = (int) Math.round(Math.sqrt(picture.length));
        backgroundImage = new WritableImage(side, side);
        PixelWriter w = backgroundImage.getPixelWriter();
        for (int i = 0; i < picture.length; i++) {
            w.setColor(i % side, i / side, Color.gray(Math.max(0, Math.min(1, picture[i]))));
        }
        changed();
    }

    /** Adds a finished stroke (tests, and replaying drawings). */
    public void addStroke(Stroke stroke) {
        strokes.add(stroke);
        changed();
    }

    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        } else {
            background = null;
            backgroundImage = null;
        }
        changed();
    }

    public void clear() {
        strokes.clear();
        background = null;
        backgroundImage = null;
        changed();
    }

    private void press(MouseEvent e) {
        boolean erase = eraser.get() || e.isSecondaryButtonDown();
        current = new Stroke(erase ? ERASER_WIDTH : penWidth.get(), erase);
        current.add(clamp(e.getX() / scale.get()), clamp(e.getY() / scale.get()));
        strokes.add(current);
        changed();
    }

    private void drag(MouseEvent e) {
        if (current == null) {
            return;
        }
        double x = clamp(e.getX() / scale.get());
        double y = clamp(e.getY() / scale.get());
        double[] last = current.points().get(current.points().size() - 1);
        // Skip sub-unit moves: they add points without changing the picture.
        if (Math.hypot(x - last[0], y - last[1]) >= 1) {
            current.add(x, y);
            changed();
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(SIZE, v));
    }

    private void changed() {
        redraw();
        version.set(version.get() + 1);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double s = scale.get();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (backgroundImage != null) {
            g.setImageSmoothing(false);
            g.drawImage(backgroundImage, 0, 0, canvas.getWidth(), canvas.getHeight());
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke stroke : strokes) {
            List<double[]> pts = stroke.points();
            g.setStroke(stroke.eraser() ? Color.BLACK : Color.WHITE);
            g.setLineWidth(stroke.width() * s);
            g.beginPath();
            g.moveTo(pts.get(0)[0] * s, pts.get(0)[1] * s);
            g.lineTo(pts.get(0)[0] * s, pts.get(0)[1] * s);
            for (int i = 1; i < pts.size(); i++) {
                g.lineTo(pts.get(i)[0] * s, pts.get(i)[1] * s);
            }
            g.stroke();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return SIZE * scale.get() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return SIZE * scale.get() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(snappedLeftInset(), snappedTopInset());
    }
}
