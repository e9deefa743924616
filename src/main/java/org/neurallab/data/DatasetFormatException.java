package org.neurallab.data;

/** A dataset file is not a valid IDX file of the expected kind; the message names the file and the problem. */
public class DatasetFormatException extends IllegalArgumentException {
    public DatasetFormatException(String message) {
        super(message);
    }

    public DatasetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
