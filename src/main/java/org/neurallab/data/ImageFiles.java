package org.neurallab.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a user's image file safely: only a regular file (a pipe named {@code b.png} would block for
 * ever), and its width and height are read from the header and checked before the pixels are
 * decoded, so a 100-byte PNG declaring 20000x20000 pixels is refused without allocating 1.6 GB.
 */
public final class ImageFiles {
    /** 50 megapixels: any photo a phone takes, far below what would exhaust memory when decoded. */
    public static final long MAX_PIXELS = 50_000_000;

    /** The image is bigger than allowed; the message says how big and what is allowed. */
    public static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private ImageFiles() {
    }

    /**
     * @throws TooLargeException if the header declares more than {@code maxPixels} pixels
     * @throws IOException       if the path is not a regular file or not an image ImageIO can read
     */
    public static BufferedImage read(Path file, long maxPixels) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not an image file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.exists(file) ? " is not a regular file (a device, pipe or socket)"
                    : " does not exist"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file + " is not an image (PNG, JPEG, BMP or GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > maxPixels) {
                    throw new TooLargeException(String.format(Locale.ROOT,
                            "%s is %dx%d, %,d pixels; at most %,d pixels are allowed", file, width, height, pixels, maxPixels));
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new IOException(file + " could not be decoded");
                }
                return image;
            } catch (IOException e) {
                throw e;
            } catch (RuntimeException e) { // decoders throw unchecked exceptions on some damaged files
                throw new IOException(file + " is a damaged image: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }
}
