package org.neurallab.data;

import java.util.Arrays;
import java.util.List;

/** The image datasets shipped in the datasets/ folder. */
public enum DatasetKind {
    MNIST("mnist", "mnist", "mnist",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION("fashion-mnist", "fashion", "fashion",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

    private final String folderName;
    private final String cliName;
    private final String keyPart;
    private final List<String> englishNames;

    DatasetKind(String folderName, String cliName, String keyPart, List<String> englishNames) {
        this.folderName = folderName;
        this.cliName = cliName;
        this.keyPart = keyPart;
        this.englishNames = englishNames;
    }

    /** Folder under datasets/, e.g. "fashion-mnist". */
    public String folderName() {
        return folderName;
    }

    /** Name used on the command line: "mnist" or "fashion". */
    public String cliName() {
        return cliName;
    }

    public int classCount() {
        return englishNames.size();
    }

    /** Resource-bundle key of a class name, e.g. {@code data.class.fashion.3}. */
    public String classKey(int classIndex) {
        checkClass(classIndex);
        return "data.class." + keyPart + "." + classIndex;
    }

    /** English class name, usable without JavaFX or resource bundles (CLI output, logs). */
    public String englishClassName(int classIndex) {
        checkClass(classIndex);
        return englishNames.get(classIndex);
    }

    /** Parses a CLI name ("mnist", "fashion"); also accepts the folder name. */
    public static DatasetKind fromCliName(String name) {
        for (DatasetKind kind : values()) {
            if (kind.cliName.equalsIgnoreCase(name) || kind.folderName.equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("dataset " + org.neurallab.data.Quote.of(name) + " is unknown; allowed: "
                + Arrays.stream(values()).map(DatasetKind::cliName).toList());
    }

    private void checkClass(int classIndex) {
        if (classIndex < 0 || classIndex >= englishNames.size()) {
            throw new IllegalArgumentException("classIndex " + classIndex + " is out of range 0.."
                    + (englishNames.size() - 1) + " for " + this);
        }
    }
}
