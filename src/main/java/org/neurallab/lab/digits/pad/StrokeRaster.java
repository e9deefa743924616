package org.neurallab.lab.digits.pad;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/**
 * Renders strokes into a grey-scale raster (ink 1.0 on background 0.0) with anti-aliased round pens,
 * independently of the screen, so that what the model sees does not depend on the display scale and
 * can be produced in tests without a window.
 */
public final class StrokeRaster {
    private StrokeRaster() {
    }

    /** Renders at size x size pixels; returns the ink intensities row by row in [0, 1]. */
    public static float[] render(List<Stroke> strokes, int size) {
        return render(strokes, size, null);
    }

    /**
     * Same, over a square background picture (row-major values in [0, 1], such as a 28x28 sample)
     * enlarged with hard pixel edges, so shrinking the pad back gives the picture exactly.
     * Eraser strokes erase the background too.
     */
    public static float[] render(List<Stroke> strokes, int size, float[] background) {
        return render(strokes, size, size, background);
    }

    /**
     * Same, for strokes whose coordinates (and pen widths) are in units of a {@code units} x {@code units}
     * square: the drawing is scaled down to {@code size} pixels, so a smaller raster costs less to draw and read.
     */
    public static float[] render(List<Stroke> strokes, int size, double units, float[] background) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, size, size);
            if (background != null) {
                g.drawImage(grayImage(background), 0, 0, size, size, null);
            }
            g.scale(size / units, size / units);
            for (Stroke s : strokes) {
                g.setColor(s.eraser() ? Color.BLACK : Color.WHITE);
                g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                List<double[]> pts = s.points();
                if (pts.isEmpty()) {
                    continue;
                }
                Path2D.Double path = new Path2D.Double();
                path.moveTo(pts.get(0)[0], pts.get(0)[1]);
                // A single click still leaves a dot: a zero-length segment draws a round cap.
                path.lineTo(pts.get(0)[0], pts.get(0)[1]);
                for (int i = 1; i < pts.size(); i++) {
                    path.lineTo(pts.get(i)[0], pts.get(i)[1]);
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float[] ink = new float[size * size];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (data[i] & 0xff) / 255f;
        }
        return ink;
    }

    private static BufferedImage grayImage(float[] values) {
        int side = (int) Math.round(Math.sqrt(values.length));
        if (side * side != values.length) {
            throw new IllegalArgumentException("background must be a square picture, has " + values.length + " values");
        }
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < values.length; i++) {
            data[i] = (byte) Math.round(Math.max(0f, Math.min(1f, values[i])) * 255f);
        }
        return img;
    }
}
