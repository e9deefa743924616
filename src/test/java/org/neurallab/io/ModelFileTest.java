package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

class ModelFileTest {
    @TempDir
    Path dir;

    static final ModelSpec MLP = new ModelSpec(new int[] {6}, List.of(
            new LayerSpec.Dense(5, Activation.RELU),
            new LayerSpec.ActivationLayer(Activation.TANH),
            new LayerSpec.Dense(4, Activation.SIGMOID),
            new LayerSpec.Dense(3, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
    static final TrainingInfo TRAINING = new TrainingInfo(OptimizerType.ADAM, 0.001, 32, 2, 42,
            new Regularization(Regularization.Kind.L2, 1e-4));
    static final List<EpochRecord> HISTORY = List.of(
            new EpochRecord(1, 0.9, 0.5, 0.8, 0.55, 1.25),
            EpochRecord.withoutValidation(2, 0.4, 0.75, 1.5));

    static INDArray input(int rows, int cols, DataType type) {
        Random r = new Random(3);
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextGaussian();
        }
        return Nd4j.create(v, new long[] {rows, cols}, type);
    }

    /** A model whose weights differ from what Sequential.build(spec, 0) gives, so loading must copy them. */
    static Sequential trainedModel(DataType type) {
        Sequential model = Sequential.build(MLP, 1234, type);
        model.params().forEach(p -> p.value().addi(Nd4j.rand(type, p.value().shape()).subi(0.5)));
        return model;
    }

    Path saveExample(DataType type) throws IOException {
        Path file = dir.resolve("model" + ModelFile.EXTENSION);
        ModelFile.save(file, new SavedModel(trainedModel(type), TRAINING, "mnist", List.of("a", "b", "c"), HISTORY));
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"FLOAT", "DOUBLE"})
    void loadedModelPredictsBitForBitTheSame(String typeName) throws IOException {
        DataType type = DataType.valueOf(typeName);
        Sequential model = trainedModel(type);
        Path file = dir.resolve("m.nlm");
        ModelFile.save(file, new SavedModel(model, TRAINING, "mnist", List.of("a", "b", "c"), HISTORY));

        SavedModel loaded = ModelFile.load(file);
        assertThat(loaded.model()).isNotSameAs(model);
        assertThat(loaded.model().dataType()).isEqualTo(type);
        assertThat(loaded.spec()).isEqualTo(MLP);
        assertThat(loaded.training()).isEqualTo(TRAINING);
        assertThat(loaded.dataset()).isEqualTo("mnist");
        assertThat(loaded.classNames()).containsExactly("a", "b", "c");
        assertThat(loaded.history()).hasSize(2);
        assertThat(loaded.history().get(0)).isEqualTo(HISTORY.get(0));
        assertThat(loaded.history().get(1).valLoss()).isNaN();
        for (int i = 0; i < model.params().size(); i++) {
            assertThat(loaded.model().params().get(i).value()).isEqualTo(model.params().get(i).value());
        }
        INDArray x = input(9, 6, type);
        INDArray expected = model.predict(x);
        INDArray actual = loaded.model().predict(x);
        if (type == DataType.FLOAT) {
            assertThat(actual.data().asFloat()).containsExactly(expected.data().asFloat());
        } else {
            assertThat(actual.data().asDouble()).containsExactly(expected.data().asDouble());
        }
        // and it differs from a freshly built model, so the weights really came from the file
        assertThat(Sequential.build(MLP, 0, type).predict(x)).isNotEqualTo(actual);
    }

    @Test
    void fileIsAZipOfPrettyJsonAndNumpyArraysInModelOrder() throws IOException {
        Path file = saveExample(DataType.FLOAT);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("model.json",
                    "params/00_dense_W.npy", "params/00_dense_b.npy",
                    "params/02_dense_1_W.npy", "params/02_dense_1_b.npy",
                    "params/03_dense_2_W.npy", "params/03_dense_2_b.npy");
            String json = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(json).contains("\n  \"formatVersion\" : 1,");
            JsonNode tree = ModelJson.MAPPER.readTree(json);
            assertThat(tree.get("architecture").get("layers").get(1).get("type").asText()).isEqualTo("Activation");
            assertThat(tree.get("hyperParameters").get("optimizer").asText()).isEqualTo("adam");
            assertThat(tree.get("hyperParameters").get("regularization").get("kind").asText()).isEqualTo("l2");
            assertThat(tree.get("hyperParameters").get("seed").asLong()).isEqualTo(42);
            assertThat(tree.get("precision").asText()).isEqualTo("float32");
            assertThat(tree.get("dataset").asText()).isEqualTo("mnist");
            assertThat(tree.get("history").get(0).get("valAccuracy").asDouble()).isEqualTo(0.55);
            assertThat(tree.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(tree.get("appVersion").asText()).isNotBlank();
            byte[] w = zip.getInputStream(zip.getEntry("params/00_dense_W.npy")).readAllBytes();
            assertThat(new String(w, 10, 60, StandardCharsets.US_ASCII))
                    .startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (6, 5), }");
        }
    }

    @Test
    void peekReadsMetadataOnly() throws IOException {
        Path file = saveExample(DataType.DOUBLE);
        ModelInfo info = ModelFile.peek(file);
        assertThat(info.formatVersion()).isEqualTo(1);
        assertThat(info.spec()).isEqualTo(MLP);
        assertThat(info.classNames()).containsExactly("a", "b", "c");
        assertThat(info.precision()).isEqualTo("float64");
        assertThat(info.dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(info.fits(new int[] {6}, 3)).isTrue();
        assertThat(info.fits(new int[] {1, 28, 28}, 3)).isFalse();
        assertThat(info.fits(new int[] {6}, 10)).isFalse();
    }

    @Test
    void saveReplacesAnOlderFile() throws IOException {
        Path file = saveExample(DataType.FLOAT);
        Sequential other = Sequential.build(MLP, 99);
        ModelFile.save(file, new SavedModel(other, TRAINING, "fashion-mnist", List.of("x", "y", "z"), List.of()));
        SavedModel loaded = ModelFile.load(file);
        assertThat(loaded.dataset()).isEqualTo("fashion-mnist");
        assertThat(loaded.model().params().get(0).value()).isEqualTo(other.params().get(0).value());
    }

    @Test
    void failedSaveLeavesThePreviousFileByteIdentical() throws IOException {
        Path file = saveExample(DataType.FLOAT);
        byte[] before = Files.readAllBytes(file);
        int[] calls = {0};
        ModelFile.ParamWriter failOnThird = (out, value) -> {
            if (++calls[0] == 3) {
                out.write(new byte[] {1, 2, 3});
                throw new IOException("simulated write failure");
            }
            Npy.write(out, value);
        };
        SavedModel other = new SavedModel(Sequential.build(MLP, 5), TRAINING, "other", List.of(), List.of());
        assertThatThrownBy(() -> ModelFile.save(file, other, failOnThird)).hasMessage("simulated write failure");
        assertThat(calls[0]).isEqualTo(3);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(ModelFile.load(file).dataset()).isEqualTo("mnist");
    }

    // ---- damaged files: each gives a ModelFileException naming the file and the problem ----

    private void assertFails(Path file, String... fragments) {
        assertThatThrownBy(() -> ModelFile.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> map = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                map.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return map;
    }

    private Path rewrite(Path file, String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> map = change.apply(entries(file));
        Path out = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : map.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }

    private Path editJson(Path file, String name, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        return rewrite(file, name, m -> {
            try {
                ObjectNode root = (ObjectNode) ModelJson.MAPPER.readTree(m.get("model.json"));
                edit.accept(root);
                m.put("model.json", ModelJson.MAPPER.writeValueAsBytes(root));
                return m;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void randomBytesAreNotAModelFile() throws IOException {
        Path file = dir.resolve("random.nlm");
        byte[] junk = new byte[5000];
        new Random(1).nextBytes(junk);
        Files.write(file, junk);
        assertFails(file, "not a zip archive");
        assertThatThrownBy(() -> ModelFile.peek(file)).isInstanceOf(ModelFileException.class);
        assertFails(dir.resolve("missing.nlm"), "does not exist");
    }

    @Test
    void truncatedZipIsRejected() throws IOException {
        Path good = saveExample(DataType.FLOAT);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.nlm");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertFails(cut, "not a zip archive, or a damaged one");
    }

    @Test
    void missingModelJson() throws IOException {
        Path file = rewrite(saveExample(DataType.FLOAT), "nojson.nlm", m -> {
            m.remove("model.json");
            return m;
        });
        assertFails(file, "no model.json");
    }

    @Test
    void missingParameterEntry() throws IOException {
        Path file = rewrite(saveExample(DataType.FLOAT), "noparam.nlm", m -> {
            m.remove("params/02_dense_1_b.npy");
            return m;
        });
        assertFails(file, "parameter 'dense_1/b' is missing", "params/02_dense_1_b.npy");
    }

    @Test
    void extraParameterEntry() throws IOException {
        Path file = rewrite(saveExample(DataType.FLOAT), "extra.nlm", m -> {
            m.put("params/04_dense_3_W.npy", m.get("params/00_dense_W.npy"));
            return m;
        });
        assertFails(file, "parameters the architecture does not have", "params/04_dense_3_W.npy", "has 6 parameter arrays");
    }

    @Test
    void garbageJson() throws IOException {
        Path file = rewrite(saveExample(DataType.FLOAT), "garbage.nlm", m -> {
            m.put("model.json", "{\"formatVersion\": 1, \"architecture\": [oops".getBytes(StandardCharsets.UTF_8));
            return m;
        });
        assertFails(file, "model.json is not valid JSON", "line 1");
    }

    @Test
    void newerFormatVersion() throws IOException {
        Path file = editJson(saveExample(DataType.FLOAT), "newer.nlm", root -> root.put("formatVersion", 2));
        assertFails(file, "model file was written by a newer Neural Lab (format 2; this version reads up to 1)");
        assertThatThrownBy(() -> ModelFile.peek(file)).hasMessageContaining("newer Neural Lab");
        Path none = editJson(saveExample(DataType.FLOAT), "none.nlm", root -> root.remove("formatVersion"));
        assertFails(none, "formatVersion");
    }

    @Test
    void wrongShapeParameter() throws IOException {
        Path source = saveExample(DataType.FLOAT);
        byte[] wrong;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, Nd4j.zeros(DataType.FLOAT, 7, 4));
        wrong = out.toByteArray();
        Path file = rewrite(source, "shape.nlm", m -> {
            m.put("params/02_dense_1_W.npy", wrong);
            return m;
        });
        assertFails(file, "parameter 'dense_1/W' has shape (7, 4) in the file but the architecture needs (5, 4)");
    }

    @Test
    void damagedParameterData() throws IOException {
        Path file = rewrite(saveExample(DataType.FLOAT), "short.nlm", m -> {
            byte[] b = m.get("params/00_dense_b.npy");
            m.put("params/00_dense_b.npy", Arrays.copyOf(b, b.length - 2));
            return m;
        });
        assertFails(file, "parameter 'dense/b'", "cut short");
    }

    @Test
    void parameterTypeMustMatchPrecision() throws IOException {
        Path file = editJson(saveExample(DataType.FLOAT), "prec.nlm", root -> root.put("precision", "float64"));
        assertFails(file, "parameter 'dense/W' is float32 but model.json says float64");
    }

    @Test
    void unknownLayerType() throws IOException {
        Path file = editJson(saveExample(DataType.FLOAT), "layer.nlm", root ->
                ((ObjectNode) root.get("architecture").get("layers").get(1)).put("type", "Transformer"));
        assertFails(file, "unknown layer type 'Transformer'", "Conv2D", "Dense");
    }

    @Test
    void invalidValuesNameWhereTheyAre() throws IOException {
        Path units = editJson(saveExample(DataType.FLOAT), "units.nlm", root ->
                ((ObjectNode) root.get("architecture").get("layers").get(0)).put("units", -3));
        assertFails(units, "Dense units", "-3");
        Path act = editJson(saveExample(DataType.FLOAT), "act.nlm", root ->
                ((ObjectNode) root.get("architecture").get("layers").get(0)).put("activation", "swish"));
        assertFails(act, "architecture.layers[0].activation", "'swish' is not a known Activation", "leaky_relu");
        Path noArch = editJson(saveExample(DataType.FLOAT), "noarch.nlm", root -> root.remove("architecture"));
        assertFails(noArch, "no 'architecture'");
        Path fit = editJson(saveExample(DataType.FLOAT), "fit.nlm", root ->
                ((ObjectNode) root.get("architecture")).putArray("inputShape").add(1).add(28).add(28));
        assertFails(fit, "the architecture cannot be built", "Flatten");
    }

    @Test
    void savedModelChecksItsParts() {
        Sequential model = Sequential.build(MLP, 1);
        ModelSpec other = MLP.withLayers(new ArrayList<>(MLP.layers().subList(0, 1)));
        assertThatThrownBy(() -> new SavedModel(other, model, TRAINING, "mnist", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the model's own spec");
        assertThatThrownBy(() -> new SavedModel(model, TRAINING, " ", List.of(), List.of()))
                .hasMessageContaining("dataset");
        assertThatThrownBy(() -> new TrainingInfo(OptimizerType.SGD, 0.1, 0, 1, 1, null))
                .hasMessageContaining("batch size");
        assertThat(new TrainingInfo(OptimizerType.SGD, 0.1, 1, 1, 1, null).regularization())
                .isEqualTo(Regularization.NONE);
    }
}
