package org.neurallab.data;

/** Which part of a dataset: the training set or the held-out test set. */
public enum Split {
    TRAIN("train"),
    TEST("t10k");

    private final String filePrefix;

    Split(String filePrefix) {
        this.filePrefix = filePrefix;
    }

    /** IDX image file name, e.g. {@code train-images-idx3-ubyte.gz}. */
    public String imagesFile() {
        return filePrefix + "-images-idx3-ubyte.gz";
    }

    /** IDX label file name, e.g. {@code t10k-labels-idx1-ubyte.gz}. */
    public String labelsFile() {
        return filePrefix + "-labels-idx1-ubyte.gz";
    }
}
