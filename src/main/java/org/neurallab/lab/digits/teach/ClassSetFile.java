package org.neurallab.lab.digits.teach;

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
import org.neurallab.io.ModelJson;

/**
 * Saves and loads a class set as one JSON file: the class names and every 28x28 sample as Base64 of
 * 784 bytes (0 = background, 255 = ink). Saving is atomic; loading checks everything before returning,
 * so a damaged file never replaces the classes on screen.
 */
public final class ClassSetFile {
    public static final String EXTENSION = ".json";
    static final String FORMAT = "neural-lab-class-set";
    static final int VERSION = 1;
    /** Far more drawings than a lesson makes; with Base64 text a drawing is about 1.1 kB. */
    static final int MAX_SAMPLES_PER_CLASS = 2_000;
    static final long MAX_BYTES = (long) ClassSet.MAX_CLASSES * MAX_SAMPLES_PER_CLASS * 1_100;
    private static final ObjectMapper MAPPER = ModelJson.create();

    private ClassSetFile() {
    }

    public static void save(Path file, ClassSet set) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode classes = root.putArray("classes");
        for (TeachClass c : set.classes()) {
            ObjectNode node = classes.addObject();
            node.put("name", c.name());
            ArrayNode samples = node.putArray("samples");
            for (float[] s : c.samples()) {
                samples.add(Base64.getEncoder().encodeToString(toBytes(s)));
            }
        }
        byte[] json = MAPPER.writeValueAsBytes(root);
        AtomicFiles.write(file, out -> out.write(json));
    }

    public static ClassSet load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ClassSetFileException(file, Files.isDirectory(file) ? "it is a folder, not a class set file"
                    : Files.exists(file) ? "it is not a regular file" : "the file does not exist", null);
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ClassSetFileException(file, "the file is " + size + " bytes; a class set has at most "
                    + MAX_BYTES + " (10 classes of " + MAX_SAMPLES_PER_CLASS + " drawings)", null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ClassSetFileException(file, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new ClassSetFileException(file, "not a Neural Lab class set (\"format\" must be \"" + FORMAT
                    + "\")", null);
        }
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new ClassSetFileException(file, "unsupported version " + root.path("version")
                    + " (this Neural Lab reads version " + VERSION + ")", null);
        }
        JsonNode classes = root.path("classes");
        if (!classes.isArray()) {
            throw new ClassSetFileException(file, "\"classes\" must be a list", null);
        }
        try {
            List<TeachClass> list = new ArrayList<>();
            for (int i = 0; i < classes.size(); i++) {
                list.add(readClass(classes.get(i), i));
            }
            return new ClassSet(list);
        } catch (IllegalArgumentException e) {
            throw new ClassSetFileException(file, e.getMessage(), e);
        }
    }

    private static TeachClass readClass(JsonNode node, int index) {
        JsonNode name = node.path("name");
        if (!name.isTextual()) {
            throw new IllegalArgumentException("class " + (index + 1) + " has no text \"name\"");
        }
        JsonNode samples = node.path("samples");
        if (!samples.isArray()) {
            throw new IllegalArgumentException("class '" + name.asText() + "' has no \"samples\" list");
        }
        List<float[]> list = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(samples.get(k).asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sample " + (k + 1) + " of class '" + name.asText()
                        + "' is not Base64 text");
            }
            if (bytes.length != TeachClass.PIXELS) {
                throw new IllegalArgumentException("sample " + (k + 1) + " of class '" + name.asText() + "' has "
                        + bytes.length + " pixels; 784 (28x28) are needed");
            }
            list.add(toFloats(bytes));
        }
        return new TeachClass(name.asText(), list);
    }

    /** 28x28 values in [0, 1] as bytes 0-255 (clipped), as the files keep them. */
    public static byte[] toBytes(float[] pixels) {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (byte) Math.round(Math.max(0f, Math.min(1f, pixels[i])) * 255f);
        }
        return out;
    }

    /** Bytes 0-255 back to values in [0, 1]. */
    public static float[] toFloats(byte[] bytes) {
        float[] out = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (bytes[i] & 0xFF) / 255f;
        }
        return out;
    }
}
