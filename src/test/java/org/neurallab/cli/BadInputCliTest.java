package org.neurallab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.data.DatasetLocator;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.io.AtomicFilesTestSupport;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import picocli.CommandLine;

/** Bad input through the real command line: one clear line, a non-zero exit, no trace, nothing lost. */
class BadInputCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        /** Everything the user sees on the terminal. */
        String all() {
            return out + err;
        }
    }

    /** Runs the CLI capturing stdout, stderr and picocli's error writer (logging goes to stderr too). */
    static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // The command line is made after System.err is replaced: picocli notices a replaced System.err.
        CommandLine cli = Main.commandLine();
        StringWriter errWriter = new StringWriter();
        cli.setErr(new PrintWriter(errWriter, true));
        try {
            int code = cli.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8),
                    errWriter + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static void assertOneCleanError(Result r, String... fragments) {
        assertThat(r.code()).as(r.all()).isNotZero();
        assertThat(r.all()).as(r.all()).contains(fragments)
                .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("java.lang.");
        assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).as(r.all()).isEqualTo(1);
    }

    private Path saveModel(String name, int outputs, String dataset) throws IOException {
        ModelSpec spec = new ModelSpec(new int[] {784}, List.of(new LayerSpec.Dense(16, Activation.RELU),
                new LayerSpec.Dense(outputs, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        Path file = dir.resolve(name);
        List<String> names = java.util.stream.IntStream.range(0, outputs).mapToObj(String::valueOf).toList();
        ModelFile.save(file, new SavedModel(Sequential.build(spec, 1), new TrainingInfo(OptimizerType.SGD, 0.1, 32, 1, 1,
                new Regularization(Regularization.Kind.NONE, 0)), dataset, names, List.of()));
        return file;
    }

    @Test
    void errorsAndUncheckedExceptionsBecomeOneLineAndAFailingExitCode() {
        CommandLine cli = Main.commandLine();
        for (Throwable t : new Throwable[] {new OutOfMemoryError("Java heap space"), new StackOverflowError(),
            new NullPointerException(), new IllegalStateException("the thing is broken")}) {
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            PrintStream oldErr = System.err;
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = cli.getExecutionExceptionHandler().handleExecutionException(
                        t instanceof Exception e ? e : new CommandLine.ExecutionException(cli, "run failed", t), cli, null);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                System.setErr(oldErr);
            }
            Result r = new Result(code, "", err + console.toString(StandardCharsets.UTF_8));
            assertOneCleanError(r, "error: ");
        }
    }

    @Test
    void aDatasetsFolderThatDoesNotExistFailsWithItsName() {
        Path missing = dir.resolve("no-such-datasets");
        String old = System.getProperty(DatasetLocator.DATASETS_PROPERTY);
        System.setProperty(DatasetLocator.DATASETS_PROPERTY, missing.toString());
        try {
            Result r = run("train", "--model", "mlp128", "--epochs", "1", "--samples", "100");
            assertOneCleanError(r, missing.toString());
            assertThat(r.out()).doesNotContain("epoch 1/1");
        } finally {
            if (old == null) {
                System.clearProperty(DatasetLocator.DATASETS_PROPERTY);
            } else {
                System.setProperty(DatasetLocator.DATASETS_PROPERTY, old);
            }
        }
    }

    @Test
    void anArchitectureWithBillionsOfParametersIsRefusedBeforeAllocating() throws IOException {
        Path json = Files.writeString(dir.resolve("huge.json"), "{\"inputShape\":[784],\"layers\":["
                + "{\"type\":\"Dense\",\"units\":65536,\"activation\":\"relu\"},"
                + "{\"type\":\"Dense\",\"units\":65536,\"activation\":\"relu\"},"
                + "{\"type\":\"Dense\",\"units\":10,\"activation\":\"softmax\"}],\"loss\":\"softmax_cross_entropy\"}");
        Result r = run("train", "--model", json.toString(), "--epochs", "1", "--samples", "100");
        assertOneCleanError(r, "--model", "4,347,133,962 parameters", "at most 50,000,000");
    }

    @Test
    void architectureJsonErrorsNameTheFieldWithoutJavaTypes() throws IOException {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"inputShape\":[784],\"layers\":["
                + "{\"type\":\"Dense\",\"units\":\"many\",\"activation\":\"relu\"}],\"loss\":\"softmax_cross_entropy\"}");
        Result r = run("train", "--model", json.toString(), "--epochs", "1");
        assertOneCleanError(r, "layers[0].units", "'many'", "whole number");
        assertThat(r.err()).doesNotContain("`").doesNotContain("org.neurallab").doesNotContain("REDACTED");
    }

    @Test
    void aThinningRangeBeyondFourPixelsIsOneCleanErrorBeforeTraining() {
        Result r = run("train", "--model", "mlp128", "--epochs", "1", "--samples", "100", "--thin", "5");
        assertOneCleanError(r, "thinPx", "0..4", "5.0");
        assertThat(r.out()).doesNotContain("epoch 1/1");
    }

    @Test
    void anUnusableOutIsRefusedBeforeTraining() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("models"));
        Result r = run("train", "--model", "mlp128", "--epochs", "1", "--samples", "100", "--out", folder.toString());
        assertOneCleanError(r, folder.toString(), "is a folder");
        assertThat(r.out()).doesNotContain("epoch 1/1");

        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        Path under = file.resolve("m.zip");
        r = run("train", "--model", "mlp128", "--epochs", "1", "--samples", "100", "--out", under.toString());
        assertOneCleanError(r, file.toString(), "is a file, not a folder");
        assertThat(r.all()).doesNotContain(".tmp").doesNotContain("epoch 1/1");

        Path target = Files.writeString(dir.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.zip"), target);
        r = run("train", "--model", "mlp128", "--epochs", "1", "--samples", "100", "--out", link.toString());
        assertOneCleanError(r, link.toString(), "symbolic link");
        assertThat(Files.readString(target)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aDivergingRunStopsWithAMessageAndSavesNothing() {
        Path out = dir.resolve("diverged.zip");
        Result r = run("train", "--model", "mlp128", "--optimizer", "sgd", "--lr", "100", "--epochs", "3",
                "--samples", "2000", "--out", out.toString());
        assertThat(r.code()).as(r.all()).isNotZero();
        assertThat(r.err()).as(r.all()).contains("diverge").contains("learning rate");
        assertThat(out).doesNotExist();
    }

    @Test
    void evaluateRefusesAModelWhoseOutputsAreNotTheClasses() throws IOException {
        Path model = saveModel("five.zip", 5, "mnist");
        Result r = run("evaluate", "--model", model.toString());
        assertOneCleanError(r, "5 outputs", "10 classes");
    }

    @Test
    void aModelUsedOnAnotherDatasetGetsAWarning() throws IOException {
        Path model = saveModel("fashion.zip", 10, "fashion");
        Result r = run("evaluate", "--model", model.toString(), "--dataset", "mnist");
        assertThat(r.code()).as(r.all()).isZero();
        assertThat(r.err()).contains("warning:").contains("fashion").contains("mnist");
    }

    @Test
    void predictOnAnEmptyFolderSaysSo() throws IOException {
        Path model = saveModel("m.zip", 10, "mnist");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Result r = run("predict", "--model", model.toString(), empty.toString());
        assertOneCleanError(r, empty.toString(), "no image files");
    }

    @Test
    void predictDoesNotHangOnAFifoNamedLikeAnImage() throws Exception {
        Path model = saveModel("m.zip", 10, "mnist");
        Path images = Files.createDirectory(dir.resolve("images"));
        AtomicFilesTestSupport.mkfifo(images.resolve("b.png"));
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("predict", "--model", model.toString(), images.toString()));
        assertThat(r.code()).isNotZero();
        assertThat(r.all()).contains("b.png").contains("not a regular file");
        Result direct = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("predict", "--model", model.toString(), images.resolve("b.png").toString()));
        assertOneCleanError(direct, "b.png", "not a regular file");
    }

    @Test
    void predictRefusesAHugePngFromItsHeader() throws IOException {
        Path model = saveModel("m.zip", 10, "mnist");
        Path png = Files.write(dir.resolve("huge.png"), pngHeaderOnly(20_000, 20_000));
        assertThat(Files.size(png)).isLessThan(200);
        Result r = run("predict", "--model", model.toString(), png.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.all()).contains("huge.png", "20000x20000", "at most").doesNotContain("\tat ");
    }

    /** A PNG signature, an IHDR for an RGB image of this size, a tiny IDAT and IEND: a few dozen bytes. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
            z.write(new byte[1000]);
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
