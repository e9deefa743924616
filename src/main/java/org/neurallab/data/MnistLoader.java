package org.neurallab.data;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads MNIST and Fashion-MNIST from the datasets folder. Loaded sets are kept in a small cache (soft references,
 * so the JVM may drop them under memory pressure) because several labs use the same data.
 */
public final class MnistLoader {
    public static final int ROWS = 28;
    public static final int COLS = 28;
    private static final Logger LOG = LoggerFactory.getLogger(MnistLoader.class);
    private static final Map<String, SoftReference<ImageDataset>> CACHE = new ConcurrentHashMap<>();

    private MnistLoader() {
    }

    /** Loads a split from the folder found by {@link DatasetLocator#datasetsDir()}. */
    public static ImageDataset load(DatasetKind kind, Split split) {
        return load(DatasetLocator.datasetsDir(), kind, split);
    }

    /** Loads a split from {@code datasetsDir/<kind folder>/}. */
    public static ImageDataset load(Path datasetsDir, DatasetKind kind, Split split) {
        Path folder = datasetsDir.resolve(kind.folderName());
        String key = folder.toAbsolutePath().normalize() + "|" + split;
        SoftReference<ImageDataset> ref = CACHE.get(key);
        ImageDataset cached = ref == null ? null : ref.get();
        if (cached != null) {
            return cached;
        }
        long start = System.nanoTime();
        ImageDataset loaded = loadPair(folder.resolve(split.imagesFile()), folder.resolve(split.labelsFile()), kind);
        LOG.info("Loaded {} {} ({} images) in {} ms", kind, split, loaded.count(),
                (System.nanoTime() - start) / 1_000_000);
        CACHE.put(key, new SoftReference<>(loaded));
        return loaded;
    }

    /** Loads an image file and its label file as MNIST-style digits (28x28, labels 0..9). */
    public static ImageDataset loadPair(Path imagesPath, Path labelsPath) {
        return loadPair(imagesPath, labelsPath, DatasetKind.MNIST);
    }

    /** Loads and checks an image/label file pair: equal counts, 28x28 images, labels within the class count. */
    public static ImageDataset loadPair(Path imagesPath, Path labelsPath, DatasetKind kind) {
        IdxImages images = IdxReader.readImages(imagesPath);
        if (images.rows() != ROWS || images.cols() != COLS) {
            throw IdxReader.error(imagesPath, "has images of " + images.rows() + "x" + images.cols()
                    + ", but " + kind + " expects " + ROWS + "x" + COLS);
        }
        byte[] labels = IdxReader.readLabels(labelsPath);
        if (labels.length != images.count()) {
            throw IdxReader.error(labelsPath, "has " + labels.length + " labels, but the image file "
                    + imagesPath.getFileName() + " has " + images.count() + " images (counts must match)");
        }
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= kind.classCount()) {
                throw IdxReader.error(labelsPath, "has label " + label + " at index " + i
                        + ", outside 0.." + (kind.classCount() - 1));
            }
        }
        return ImageDataset.fromBytes(kind, images.pixels(), labels, ROWS, COLS);
    }

    /** Forgets cached datasets (tests, or to free memory). */
    public static void clearCache() {
        CACHE.clear();
    }
}
