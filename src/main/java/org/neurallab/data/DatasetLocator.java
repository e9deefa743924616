package org.neurallab.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the datasets/ and assets/ folders: a system property, an environment variable, the working directory,
 * then next to the running jar (so a copied installation works from any working directory).
 */
public final class DatasetLocator {
    public static final String DATASETS_PROPERTY = "neurallab.datasets";
    public static final String DATASETS_ENV = "NEURALLAB_DATASETS";
    public static final String ASSETS_PROPERTY = "neurallab.assets";
    public static final String ASSETS_ENV = "NEURALLAB_ASSETS";

    private DatasetLocator() {
    }

    /** The datasets folder; IllegalStateException listing every place tried if none exists. */
    public static Path datasetsDir() {
        return locate("datasets", System.getProperty(DATASETS_PROPERTY), System.getenv(DATASETS_ENV),
                Path.of(""), codeLocation());
    }

    /** The folder of one dataset kind, e.g. datasets/fashion-mnist. */
    public static Path datasetDir(DatasetKind kind) {
        return datasetsDir().resolve(kind.folderName());
    }

    /** The assets folder (sample images, pretrained models). */
    public static Path assetsDir() {
        return locate("assets", System.getProperty(ASSETS_PROPERTY), System.getenv(ASSETS_ENV),
                Path.of(""), codeLocation());
    }

    /** Tries the candidates in order; package-private so tests can pass their own values. */
    static Path locate(String folderName, String property, String env, Path workingDir, Path codeLocation) {
        String propertyName = "datasets".equals(folderName) ? DATASETS_PROPERTY : ASSETS_PROPERTY;
        String envName = "datasets".equals(folderName) ? DATASETS_ENV : ASSETS_ENV;
        // A folder the user names explicitly must exist: falling back elsewhere would hide a typo.
        if (property != null && !property.isBlank()) {
            return explicit(Path.of(property), "-D" + propertyName);
        }
        if (env != null && !env.isBlank()) {
            return explicit(Path.of(env), "the environment variable " + envName);
        }
        List<Path> tried = new ArrayList<>();
        tried.add(workingDir.resolve(folderName));
        if (codeLocation != null) {
            // A jar's parent is its folder; target/classes' parent is target/ - both work the same way.
            Path codeDir = codeLocation.toAbsolutePath().getParent();
            if (codeDir != null) {
                if (codeDir.getParent() != null) {
                    tried.add(codeDir.getParent().resolve(folderName));
                }
                tried.add(codeDir.resolve(folderName));
            }
        }
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("Cannot find the " + folderName + " folder. Tried: "
                + tried.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
                + ". Set -D" + ("datasets".equals(folderName) ? DATASETS_PROPERTY : ASSETS_PROPERTY)
                + "=<folder> or run from the project folder.");
    }

    private static Path explicit(Path folder, String source) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The folder " + folder.toAbsolutePath().normalize() + " set by " + source
                    + (Files.exists(folder) ? " is not a folder." : " does not exist.")
                    + " Correct it, or remove it to use the folder next to the program.");
        }
        return folder.toAbsolutePath().normalize();
    }

    private static Path codeLocation() {
        try {
            var source = DatasetLocator.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
