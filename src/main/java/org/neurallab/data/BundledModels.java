package org.neurallab.data;

import java.nio.file.Path;

/** Where the pretrained models that ship with Neural Lab live: assets/models/mnist-cnn.zip and fashion-cnn.zip. */
public final class BundledModels {
    private BundledModels() {
    }

    /** The bundled model file for the dataset, or null when there is no assets folder at all. */
    public static Path file(DatasetKind kind) {
        Path assets;
        try {
            assets = DatasetLocator.assetsDir();
        } catch (IllegalStateException e) {
            return null;
        }
        return assets.resolve("models").resolve(fileName(kind));
    }

    /** The file name looked for in assets/models/. */
    public static String fileName(DatasetKind kind) {
        return kind == DatasetKind.FASHION ? "fashion-cnn.zip" : "mnist-cnn.zip";
    }
}
