package org.neurallab.lab.digits.fix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.neurallab.io.AtomicFiles;
import org.neurallab.lab.digits.teach.ClassSetFile;

/**
 * The student's corrections for one data set, kept as a small JSON class set in the settings folder so they
 * survive a restart and can fine-tune the model again: each correction is its label, what the model said,
 * and the 28x28 drawing as Base64 of 784 bytes. Saved atomically; a file is checked (size, count, every
 * drawing's length and every label) before anything is returned, so a damaged file never replaces a good list.
 */
public final class CorrectionsFile {
    static final String FORMAT = "neural-lab-corrections";
    static final int VERSION = 1;
    /** More corrections than this are not kept (the oldest go first). */
    public static final int MAX_CORRECTIONS = 200;
    private static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorrectionsFile() {
    }

    /** {@code digits-corrections-mnist.json} (or -fashion) in the folder. */
    public static Path in(Path folder, String dataset) {
        return folder.resolve("digits-corrections-" + dataset + ".json");
    }

    public static void save(Path file, String dataset, List<Correction> corrections) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("dataset", dataset);
        ArrayNode list = root.putArray("corrections");
        int from = Math.max(0, corrections.size() - MAX_CORRECTIONS);
        for (Correction c : corrections.subList(from, corrections.size())) {
            ObjectNode node = list.addObject();
            node.put("label", c.label());
            node.put("misreadAs", c.misreadAs());
            node.put("pixels", Base64.getEncoder().encodeToString(ClassSetFile.toBytes(c.pixels())));
        }
        byte[] json = MAPPER.writeValueAsBytes(root);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        AtomicFiles.write(file, out -> out.write(json));
    }

    /** The corrections in the file; an empty list when there is no file yet. */
    public static List<Correction> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            throw problem(file, "it is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw problem(file, "it is larger than " + MAX_BYTES / 1024 + " KB");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw problem(file, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt(-1) != VERSION) {
            throw problem(file, "not a version " + VERSION + " corrections file (\"format\" must be \"" + FORMAT + "\")");
        }
        JsonNode list = root.path("corrections");
        if (!list.isArray() || list.size() > MAX_CORRECTIONS) {
            throw problem(file, "\"corrections\" must be a list of at most " + MAX_CORRECTIONS);
        }
        List<Correction> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = "correction " + (i + 1);
            String text = node.path("pixels").asText("");
            if (text.length() != 1048) {
                throw problem(file, where + " does not hold a 28x28 drawing (784 bytes as Base64)");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw problem(file, where + " is not Base64 text");
            }
            int label = node.path("label").asInt(-1);
            int said = node.path("misreadAs").asInt(-1);
            if (bytes.length != 784 || label < 0 || label > 9 || said < 0 || said > 9) {
                throw problem(file, where + " needs 784 pixels and labels 0-9");
            }
            out.add(new Correction(ClassSetFile.toFloats(bytes), label, said));
        }
        return out;
    }

    private static IOException problem(Path file, String what) {
        return new IOException("cannot read corrections " + file + ": " + what);
    }
}
