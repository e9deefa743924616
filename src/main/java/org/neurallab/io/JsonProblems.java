package org.neurallab.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.neurallab.data.Quote;

/**
 * Jackson's errors in the words of the file: where ("'layers[0].units'"), what was found (quoted, at
 * most 100 characters) and what is allowed, without Java class names.
 */
public final class JsonProblems {
    /** Deeper nesting than any Neural Lab file has (a model file is 4 levels deep). */
    public static final int MAX_DEPTH = 64;
    /** Digits in one number: a double has 17 significant digits. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Characters in one string value. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private JsonProblems() {
    }

    /** Read limits for every Neural Lab JSON file, so a small file cannot nest or spell out its way to a crash. */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH).build();
    }

    /** One line saying what is wrong and where. */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return limitText(e.getOriginalMessage()) + location(e);
        }
        if (e instanceof JsonParseException) {
            return "not valid JSON (" + Quote.of(firstLine(e.getOriginalMessage())) + location(e) + ")";
        }
        if (e instanceof JsonMappingException m) {
            String where = path(m);
            Throwable root = rootCause(m);
            if (root instanceof IllegalArgumentException && root.getMessage() != null) {
                return "bad value at " + where + ": " + firstLine(root.getMessage());
            }
            if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                return "bad value at " + where + ": " + Quote.of(String.valueOf(f.getValue())) + " is not a known "
                        + f.getTargetType().getSimpleName() + " (allowed: " + expected(f.getTargetType()).substring(7) + ")";
            }
            if (e instanceof InvalidFormatException f) {
                return "bad value at " + where + ": " + Quote.of(String.valueOf(f.getValue())) + " is not "
                        + expected(f.getTargetType());
            }
            if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                return "bad value at " + where + ": expected " + expected(mi.getTargetType());
            }
            return "bad value at " + where;
        }
        return Quote.of(firstLine(e.getOriginalMessage()));
    }

    /** What a field of this Java type accepts, in JSON terms. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static String limitText(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
        }
        if (m.contains("String value length")) {
            return "a text value longer than " + MAX_STRING_LENGTH + " characters";
        }
        return "over a size limit (" + Quote.of(firstLine(m)) + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the top level" : Quote.of(sb.toString());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : "";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
