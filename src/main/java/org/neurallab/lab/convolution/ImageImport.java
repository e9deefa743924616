package org.neurallab.lab.convolution;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurallab.data.ImageFiles;

/**
 * Reads a PNG or JPEG and shrinks it so its longer side is at most {@code maxSide} pixels (a convolution on a
 * photo-sized image would be too slow to animate and too small to see). Refuses huge or unreadable files with a
 * {@link ImportException} whose {@code reason} the view translates.
 */
public final class ImageImport {
    public static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    public static final long MAX_PIXELS = ImageFiles.MAX_PIXELS;
    public static final int DEFAULT_MAX_SIDE = 96;

    /** Why an import failed: TOO_LARGE, NOT_AN_IMAGE or UNREADABLE. */
    public static final class ImportException extends IOException {
        private final String reason;

        ImportException(String reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private ImageImport() {
    }

    public static LabImage read(Path file, int maxSide) throws ImportException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException("UNREADABLE", "image file not found: " + file, null);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException("TOO_LARGE", file + " is larger than " + MAX_FILE_BYTES / 1024 / 1024
                        + " MB", null);
            }
            BufferedImage img = decode(file);
            return fromBuffered(file.getFileName().toString(), shrink(img, maxSide));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("NOT_AN_IMAGE", file + " could not be read as PNG or JPEG: " + e.getMessage(), e);
        }
    }

    /** Checks width x height from the header before decoding, so a decompression bomb is refused cheaply. */
    private static BufferedImage decode(Path file) throws IOException {
        try {
            return ImageFiles.read(file, MAX_PIXELS);
        } catch (ImageFiles.TooLargeException e) {
            throw new ImportException("TOO_LARGE", e.getMessage(), e);
        }
    }

    static BufferedImage shrink(BufferedImage img, int maxSide) {
        int w = img.getWidth();
        int h = img.getHeight();
        double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * scale));
        int nh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, nw, nh, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }

    static LabImage fromBuffered(String name, BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        double[][][] ch = new double[3][h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                ch[0][y][x] = ((rgb >> 16) & 0xFF) / 255.0;
                ch[1][y][x] = ((rgb >> 8) & 0xFF) / 255.0;
                ch[2][y][x] = (rgb & 0xFF) / 255.0;
            }
        }
        return new LabImage(name, ch);
    }
}
