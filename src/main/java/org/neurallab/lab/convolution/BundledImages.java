package org.neurallab.lab.convolution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.neurallab.data.DatasetLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pictures shipped in assets/images (made by the project itself, see the README there). */
public final class BundledImages {
    private static final Logger LOG = LoggerFactory.getLogger(BundledImages.class);
    public static final int SIDE = 96;

    private BundledImages() {
    }

    public static Path folder() {
        try {
            return DatasetLocator.assetsDir().resolve("images");
        } catch (IllegalStateException e) {
            return Path.of("assets", "images"); // missing; list() logs it
        }
    }

    /** PNG files in the folder, sorted by name; empty (and logged) when the folder is missing. */
    public static List<Path> list() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            LOG.warn("bundled images folder not found: {}", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList());
        } catch (java.io.IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.toString());
            return List.of();
        }
    }

    public static LabImage load(Path png) throws ImageImport.ImportException {
        return ImageImport.read(png, SIDE);
    }
}
