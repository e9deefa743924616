package org.neurallab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The temperature that calibrates a model's probabilities, kept beside the model file as
 * {@code NAME.calibration.json} ({@code {"temperature": 1.8, ...}} plus how it was fitted), so the model
 * format stays as it is. A missing, unreadable or out-of-range file means "not calibrated" (T = 1).
 */
public final class CalibrationFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 64 * 1024;

    private CalibrationFile() {
    }

    /** Where the calibration of {@code modelFile} is kept. */
    public static Path beside(Path modelFile) {
        String name = modelFile.getFileName().toString();
        String stem = name.endsWith(ModelFile.EXTENSION) ? name.substring(0, name.length() - ModelFile.EXTENSION.length()) : name;
        return modelFile.resolveSibling(stem + ".calibration.json");
    }

    /** The model's temperature, or 1 when it has no (valid) calibration file. */
    public static double temperatureFor(Path modelFile) {
        Path file = beside(modelFile);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return 1;
            }
            JsonNode t = JSON.readTree(file.toFile()).get("temperature");
            if (t == null || !t.isNumber() || !(t.asDouble() >= 0.05 && t.asDouble() <= 20)) {
                return 1;
            }
            return t.asDouble();
        } catch (IOException e) {
            return 1;
        }
    }

    /** Saves the temperature and notes about the fit (atomically). */
    public static void save(Path modelFile, double temperature, Map<String, Object> notes) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("temperature", temperature);
        notes.forEach((k, v) -> root.set(k, JSON.valueToTree(v)));
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFiles.write(beside(modelFile), out -> out.write(bytes));
    }
}
