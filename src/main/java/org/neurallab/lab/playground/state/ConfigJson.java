package org.neurallab.lab.playground.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neurallab.io.AtomicFiles;
import org.neurallab.io.JsonProblems;
import org.neurallab.io.LimitedInputStream;
import org.neurallab.io.ModelJson;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.PointsCsv;

/**
 * Playground configurations as JSON text, for files and for copy/paste. Reading is all-or-nothing:
 * a corrupt text, a newer format or an inconsistent configuration throws {@link ConfigException}
 * and nothing is returned, so the caller's current playground stays as it was.
 */
public final class ConfigJson {
    private static final ObjectMapper MAPPER = ModelJson.create();

    /** A configuration with 5,000 points and its weights is well under a megabyte. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private ConfigJson() {
    }

    public static String toJson(PlaygroundConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the playground configuration as JSON", e);
        }
    }

    public static PlaygroundConfig fromJson(String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(ConfigException.Reason.CORRUPT,
                    "not a playground configuration (" + JsonProblems.describe(e) + ")", e);
        }
        if (tree == null || !tree.isObject() || !tree.has("formatVersion") || !tree.get("formatVersion").canConvertToInt()) {
            throw new ConfigException(ConfigException.Reason.CORRUPT,
                    "not a playground configuration (no formatVersion)", null);
        }
        int version = tree.get("formatVersion").asInt();
        if (version > PlaygroundConfig.FORMAT_VERSION) {
            throw new ConfigException(ConfigException.Reason.NEWER_VERSION, "the configuration has format version "
                    + version + " from a newer Neural Lab; this version reads up to " + PlaygroundConfig.FORMAT_VERSION, null);
        }
        if (version < 1) {
            throw new ConfigException(ConfigException.Reason.CORRUPT, "formatVersion must be at least 1, got " + version, null);
        }
        PlaygroundConfig config;
        try {
            config = MAPPER.treeToValue(tree, PlaygroundConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(ConfigException.Reason.INVALID, "invalid playground configuration: "
                    + JsonProblems.describe(e), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException(ConfigException.Reason.INVALID, "invalid playground configuration: "
                    + rootMessage(e), e);
        }
        check(config);
        return config;
    }

    public static void save(Path file, PlaygroundConfig config) throws IOException {
        AtomicFiles.writeString(file, toJson(config));
    }

    /**
     * @throws ConfigException if the file's content cannot be used
     * @throws IOException     if it cannot be read at all
     */
    public static PlaygroundConfig load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a playground file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.exists(file) ? " is not a regular file (a device, pipe or socket)"
                    : " does not exist"));
        }
        byte[] bytes;
        try (InputStream in = new LimitedInputStream(Files.newInputStream(file), MAX_BYTES, file.toString())) {
            bytes = in.readAllBytes();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(ConfigException.Reason.CORRUPT,
                    "not a playground configuration (the file is not UTF-8 text)", e);
        }
        return fromJson(text);
    }

    /** Cross-field checks the setters cannot make on their own. */
    static void check(PlaygroundConfig c) {
        List<LayerParams> weights = c.getWeights();
        if (weights != null && weights.stream().anyMatch(p -> p == null || p.weights() == null || p.biases() == null)) {
            throw invalid("weights: every layer needs its weights and biases (found null)");
        }
        if (weights != null) {
            int[] sizes = new int[c.getLayers().size() + 2];
            sizes[0] = c.getFeatures().size();
            for (int i = 0; i < c.getLayers().size(); i++) {
                sizes[i + 1] = c.getLayers().get(i).neurons();
            }
            sizes[sizes.length - 1] = c.outputs();
            if (weights.size() != sizes.length - 1) {
                throw invalid("weights: " + weights.size() + " layers saved but the network has " + (sizes.length - 1));
            }
            for (int l = 0; l < weights.size(); l++) {
                LayerParams p = weights.get(l);
                if (p.weights().length != sizes[l] * sizes[l + 1] || p.biases().length != sizes[l + 1]) {
                    throw invalid("weights: layer " + (l + 1) + " should have " + sizes[l] + " x " + sizes[l + 1]
                            + " weights and " + sizes[l + 1] + " biases");
                }
            }
        }
        if ((c.getTrainPoints() == null) != (c.getTestPoints() == null)) {
            throw invalid("points: trainPoints and testPoints must both be present or both absent");
        }
        if (c.getTrainPoints() != null) {
            int classes = c.problem() == org.neurallab.lab.playground.data.ProblemType.REGRESSION ? 0
                    : c.datasetSpec().classCount();
            for (List<DataPoint> list : List.of(c.getTrainPoints(), c.getTestPoints())) {
                String name = list == c.getTrainPoints() ? "trainPoints" : "testPoints";
                for (DataPoint p : list) {
                    if (p == null) {
                        throw invalid(name + ": a point is null");
                    }
                    if (Math.abs(p.x1()) > PointsCsv.MAX_COORDINATE || Math.abs(p.x2()) > PointsCsv.MAX_COORDINATE) {
                        throw invalid(name + ": x1 and x2 must be between -6 and 6, got (" + p.x1() + ", " + p.x2() + ")");
                    }
                    boolean bad = classes == 0 ? Math.abs(p.label()) > 1
                            : p.label() != p.classIndex() || p.classIndex() < 0 || p.classIndex() >= classes;
                    if (bad) {
                        throw invalid("points: label " + p.label() + " does not fit the dataset");
                    }
                }
            }
        }
    }

    private static ConfigException invalid(String message) {
        return new ConfigException(ConfigException.Reason.INVALID, "invalid playground configuration: " + message, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        if (t instanceof NullPointerException || m == null) {
            return "a value is missing (null)";
        }
        String line = m.lines().findFirst().orElse(m);
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
