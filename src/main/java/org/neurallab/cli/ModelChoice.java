package org.neurallab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Presets;
import org.neurallab.io.JsonProblems;
import org.neurallab.io.LimitedInputStream;
import org.neurallab.io.ModelJson;
import org.neurallab.data.Quote;

/** Resolves the --model argument of {@code train}: a preset name or a JSON architecture file. */
final class ModelChoice {
    static final String ALLOWED = "mlp (784-512-Dropout-10), mlp128 (784-128-Dropout-10), cnn (Conv2D 64 3x3, "
            + "MaxPool, Dense 128, Dense 10), digits-cnn, or a JSON architecture file";

    /** An architecture file is a few hundred bytes. */
    private static final long MAX_BYTES = 1 << 20;

    private ModelChoice() {
    }

    static ModelSpec resolve(String choice) {
        switch (choice.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "mlp": return Presets.mlp512();
            case "mlp128": return Presets.mlp128();
            case "cnn": return Presets.cnn();
            case "digits-cnn": return Presets.digitsCnn();
            default: return fromFile(Path.of(choice));
        }
    }

    private static ModelSpec fromFile(Path file) {
        if (!file.toString().endsWith(".json") || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--model: " + Quote.of(file.toString())
                    + (Files.isDirectory(file) ? " is a folder" : " is not a preset or an existing .json file")
                    + "; allowed: " + ALLOWED);
        }
        ModelSpec spec;
        try (InputStream in = new LimitedInputStream(Files.newInputStream(file), MAX_BYTES, file.toString())) {
            spec = ModelJson.create().readValue(in, ModelSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("--model: cannot read architecture from '" + file + "': "
                    + JsonProblems.describe(e), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--model: cannot read architecture from '" + file + "': "
                    + e.getMessage(), e);
        }
        if (spec == null) {
            throw new IllegalArgumentException("--model: '" + file + "' holds no architecture");
        }
        return spec;
    }
}
