package org.neurallab.lab.playground.data;

/** A CSV file of points that cannot be read; {@link #line()} is the 1-based line at fault (0 for the whole file). */
public final class PointsCsvException extends IllegalArgumentException {
    private final int line;

    public PointsCsvException(int line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
