package org.neurallab.lab.playground.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurallab.io.AtomicFiles;
import org.neurallab.io.LimitedInputStream;
import org.neurallab.data.Quote;

/**
 * Points as CSV text: a header {@code x1,x2,label} and one point a line. Classification labels are
 * class numbers 0..4; -1 is read as class 0 so files in TensorFlow Playground's -1/+1 style work too.
 * Regression labels are numbers in [-1, 1]. Blank lines and lines starting with # are skipped.
 */
public final class PointsCsv {
    public static final String HEADER = "x1,x2,label";
    public static final int MAX_POINTS = 5000;
    public static final int MAX_CLASSES = 5;
    /** Points live in [-6, 6] x [-6, 6], the plane the playground shows. */
    public static final double MAX_COORDINATE = 6;
    /** 5,000 points with comments fit in well under a megabyte. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private PointsCsv() {
    }

    public static String format(List<DataPoint> points, ProblemType problem) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (DataPoint p : points) {
            text.append(number(p.x1())).append(',').append(number(p.x2())).append(',');
            text.append(problem == ProblemType.CLASSIFICATION ? Integer.toString(p.classIndex()) : number(p.label()));
            text.append('\n');
        }
        return text.toString();
    }

    public static void write(Path file, List<DataPoint> points, ProblemType problem) throws IOException {
        AtomicFiles.writeString(file, format(points, problem));
    }

    /**
     * Reads points from CSV text.
     *
     * @throws PointsCsvException naming the first bad line, or the whole file if it holds no points
     */
    public static List<DataPoint> parse(String text, ProblemType problem) {
        try {
            return parse(new BufferedReader(new StringReader(text)), problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * Reads points line by line, stopping at the first bad line or the first point over the limit,
     * so a file of 100 million rows costs no more than {@value #MAX_POINTS} points.
     */
    private static List<DataPoint> parse(BufferedReader reader, ProblemType problem) throws IOException {
        List<DataPoint> points = new ArrayList<>();
        int number = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || (points.isEmpty() && isHeader(line))) {
                continue;
            }
            String[] cells = line.split("[,;\t]");
            if (cells.length != 3) {
                throw new PointsCsvException(number, "expected 3 values (x1, x2, label), found " + cells.length);
            }
            double x1 = cell(cells[0], "x1", number);
            double x2 = cell(cells[1], "x2", number);
            double label = cell(cells[2], "label", number);
            if (Math.abs(x1) > MAX_COORDINATE || Math.abs(x2) > MAX_COORDINATE) {
                throw new PointsCsvException(number, "x1 and x2 must be between -6 and 6");
            }
            points.add(new DataPoint(x1, x2, checkedLabel(label, problem, number)));
            if (points.size() > MAX_POINTS) {
                throw new PointsCsvException(number, "too many points; at most " + MAX_POINTS);
            }
        }
        if (points.isEmpty()) {
            throw new PointsCsvException(0, "the file holds no points (expected lines like 1.5,-2,1)");
        }
        return points;
    }

    /**
     * Reads a points file: only a regular file of UTF-8 text, at most {@value #MAX_BYTES} bytes.
     *
     * @throws PointsCsvException if the content is not points (or not UTF-8 text)
     * @throws IOException        if the file cannot be read at all
     */
    public static List<DataPoint> read(Path file, ProblemType problem) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.exists(file) ? " is not a regular file (a device, pipe or socket)"
                    : " does not exist"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, problem);
        }
    }

    /** Reads points from a stream of UTF-8 text; see {@link #read(Path, ProblemType)}. */
    public static List<DataPoint> read(InputStream in, ProblemType problem) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new LimitedInputStream(in, MAX_BYTES, "the file"), utf8))) {
            return parse(reader, problem);
        } catch (CharacterCodingException e) {
            throw new PointsCsvException(0, "the file is not UTF-8 text (save it as UTF-8 CSV; plain ASCII works too)");
        }
    }

    private static double checkedLabel(double label, ProblemType problem, int line) {
        if (problem == ProblemType.REGRESSION) {
            if (label < -1 || label > 1) {
                throw new PointsCsvException(line, "a regression label must be between -1 and 1, got " + number(label));
            }
            return label;
        }
        if (label == -1) {
            return 0;
        }
        if (label != Math.rint(label) || label < 0 || label >= MAX_CLASSES) {
            throw new PointsCsvException(line, "a class label must be a whole number from 0 to "
                    + (MAX_CLASSES - 1) + " (or -1), got " + number(label));
        }
        return label;
    }

    private static boolean isHeader(String line) {
        return line.toLowerCase(Locale.ROOT).startsWith("x");
    }

    private static double cell(String text, String name, int line) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new PointsCsvException(line, name + " is not a number: " + Quote.of(text.strip()));
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
