package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;

/**
 * Model files made to hurt: tiny files that declare gigabytes, shapes that overflow, weights that are
 * NaN, and values that would flood a message. Each is refused with one message naming the file and
 * the problem, before anything big is allocated.
 */
class HostileModelFilesTest {
    @TempDir
    Path dir;

    private static final ModelSpec SMALL = new ModelSpec(new int[] {6}, List.of(
            new LayerSpec.Dense(5, Activation.RELU), new LayerSpec.Dense(3, Activation.SOFTMAX)),
            LossType.SOFTMAX_CROSS_ENTROPY);

    private Path saveSmall() throws IOException {
        Path file = dir.resolve("small.zip");
        ModelFile.save(file, new SavedModel(Sequential.build(SMALL, 1), new TrainingInfo(OptimizerType.SGD, 0.1, 8, 1, 1,
                new Regularization(Regularization.Kind.NONE, 0)), "mnist", List.of("a", "b", "c"), List.of()));
        return file;
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

    private Path zip(String name, Map<String, byte[]> map) throws IOException {
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

    private static void assertRefused(Path file, String... fragments) {
        assertThatThrownBy(() -> ModelFile.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
    }

    /** A stream of a valid header and then endless zeros, failing the test once it has given out too much. */
    private static InputStream endless(byte[] header, long allowed) {
        InputStream zeros = new InputStream() {
            long given;

            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given > allowed) {
                    throw new AssertionError("read " + given + " bytes from a stream whose header needs far fewer");
                }
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                given += len;
                return len;
            }
        };
        return new SequenceInputStream(new java.io.ByteArrayInputStream(header), zeros);
    }

    @Test
    void npyReadsNoMoreThanItsHeaderAnnouncesBeforeComplaining() {
        byte[] header = Npy.header("<f4", new long[] {2, 3});
        assertThatThrownBy(() -> Npy.read(endless(header, 1 << 20)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("shape (2, 3)").hasMessageContaining("needs 24");
    }

    @Test
    void npyShapeWhoseElementCountOverflowsIsRefused() {
        byte[] header = Npy.header("<f4", new long[] {4294967296L, 4294967296L});
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(header)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("(4294967296, 4294967296)").hasMessageContaining("too large");
        // 2e8 is allowed on its own; times 2^62 it wraps to exactly 0 in a long.
        byte[] wraps = Npy.header("<f4", new long[] {200_000_000L, 1L << 62});
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(wraps)))
                .isInstanceOf(IOException.class).hasMessageContaining("too large");
        byte[] huge = Npy.header("<f8", new long[] {Long.MAX_VALUE, 3});
        assertThatThrownBy(() -> Npy.read(new java.io.ByteArrayInputStream(huge)))
                .isInstanceOf(IOException.class).hasMessageContaining("too large");
    }

    @Test
    void zipEntryThatInflatesFarBeyondItsParameterIsRefused() throws IOException {
        Map<String, byte[]> map = entries(saveSmall());
        // 64 MB of zeros after a valid header: about 64 KB compressed.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(map.get("params/00_dense_W.npy"));
        bomb.write(new byte[64 << 20]);
        map.put("params/00_dense_W.npy", bomb.toByteArray());
        Path file = zip("bomb.zip", map);
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertRefused(file, "params/00_dense_W.npy", "bytes uncompressed", "need at most");
    }

    @Test
    void architectureAboveTheParameterCapIsRefusedBeforeBuilding() throws IOException {
        Map<String, byte[]> map = entries(saveSmall());
        String json = new String(map.get("model.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"inputShape\" : \\[ 6 \\]", "\"inputShape\" : [ 6000 ]")
                .replaceFirst("\"units\" : 5", "\"units\" : 10000");
        assertThat(json).contains("6000", "10000");
        map.put("model.json", json.getBytes(StandardCharsets.UTF_8));
        Path file = zip("wide.zip", map);
        assertRefused(file, "60,040,003 parameters", "at most 50,000,000");
    }

    @Test
    void nanOrInfiniteWeightsAreRefusedOnLoad() throws IOException {
        Map<String, byte[]> map = entries(saveSmall());
        ByteArrayOutputStream npy = new ByteArrayOutputStream();
        Npy.write(npy, Nd4j.create(new float[] {0.1f, Float.NaN, 0.3f}, new long[] {3}, DataType.FLOAT));
        map.put("params/01_dense_1_b.npy", npy.toByteArray());
        assertRefused(zip("nan.zip", map), "dense_1/b", "NaN");
        npy.reset();
        Npy.write(npy, Nd4j.create(new float[] {0.1f, 0.2f, Float.NEGATIVE_INFINITY}, new long[] {3}, DataType.FLOAT));
        map.put("params/01_dense_1_b.npy", npy.toByteArray());
        assertRefused(zip("inf.zip", map), "dense_1/b", "infinite");
    }

    @Test
    void aFolderIsNotCalledMissing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("models.zip"));
        assertRefused(folder, "is a folder");
        assertThatThrownBy(() -> ModelFile.load(folder)).hasMessageNotContaining("does not exist");
    }

    @Test
    void jsonErrorsNameTheFieldNotJavaClassesAndQuoteAtMost100Characters() throws IOException {
        Map<String, byte[]> map = entries(saveSmall());
        String json = new String(map.get("model.json"), StandardCharsets.UTF_8);
        map.put("model.json", json.replaceFirst("\"units\" : 5", "\"units\" : \"many\"").getBytes(StandardCharsets.UTF_8));
        Path units = zip("units.zip", map);
        assertThatThrownBy(() -> ModelFile.load(units)).hasMessageContaining("architecture.layers[0].units")
                .hasMessageContaining("'many'").hasMessageContaining("whole number")
                .hasMessageNotContaining("org.neurallab").hasMessageNotContaining("`");

        String flood = "x".repeat(3_000_000);
        map.put("model.json", json.replaceFirst("\"relu\"", "\"" + flood + "\"").getBytes(StandardCharsets.UTF_8));
        Path activation = zip("flood.zip", map);
        assertThatThrownBy(() -> ModelFile.load(activation))
                .isInstanceOf(ModelFileException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    }
}
