package org.neurallab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import picocli.CommandLine;

/** The command line end to end: clear errors for bad arguments, and train → evaluate → predict. */
class CliTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        PrintWriter outWriter = new PrintWriter(captured, true);
        cli.setOut(outWriter);
        try {
            int code = cli.execute(args);
            outWriter.flush();
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train --lr 0|learning rate",
        "train --lr NaN|learning rate",
        "train --batch 0|--batch",
        "train --epochs -1|--epochs",
        "train --dataset cifar|allowed: [mnist, fashion]",
        "train --optimizer adagrad|allowed: sgd, momentum, adam, rmsprop",
        "train --model nothing.json|--model",
        "train --validation-split 0.9|validation split",
        "train --epochs many|--epochs",
        "bench gpu|WORKLOAD",
        "bench mlp --samples 0|--samples",
        "evaluate --model /no/such/model.zip|does not exist",
        "predict --model /no/such/model.zip x.png|does not exist",
    })
    void badArgumentsGiveOneClearLineAndAFailingExitCode(String args, String expected) {
        Result r = run(args.split(" "));
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"train", "evaluate", "predict", "bench"}) {
            assertThat(run(sub, "--help").code()).isZero();
            String usage = Main.commandLine().getSubcommands().get(sub).getUsageMessage();
            assertThat(usage).contains("Usage: neural-lab " + sub, "--help");
        }
    }

    @Test
    void trainEvaluateAndPredictWorkTogether(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("tiny.zip");
        Result train = run("train", "--dataset", "mnist", "--model", "mlp128", "--epochs", "2", "--samples", "2000",
                "--batch", "32", "--lr", "0.002", "--seed", "3", "--out", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("epoch 1/2", "epoch 2/2", "val_accuracy", "test accuracy", "saved");

        Result eval = run("evaluate", "--model", model.toString());
        assertThat(eval.code()).isZero();
        double accuracy = Double.parseDouble(eval.out().lines().findFirst().orElseThrow().split("\\s+")[2]);
        assertThat(accuracy).isGreaterThan(0.8);
        assertThat(eval.out()).contains("confusion matrix");

        // A test digit as a scan would look: dark ink on white paper, 140x140, off-centre.
        ImageDataset test = MnistLoader.load(DatasetKind.MNIST, Split.TEST);
        Path scan = dir.resolve("seven.png");
        ImageIO.write(asScan(test.image(0)), "png", scan.toFile());
        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());

        Result predict = run("predict", "--model", model.toString(), scan.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        assertThat(predict.out()).startsWith(scan.toString()).contains("\t7\t");

        Result withBlank = run("predict", "--model", model.toString(), dir.toString());
        assertThat(withBlank.code()).isEqualTo(1);
        assertThat(withBlank.out()).contains("blank.png\terror: no ink");
    }

    private static BufferedImage asScan(float[] digit) {
        BufferedImage img = new BufferedImage(140, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 140, 140);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                int v = 255 - Math.round(digit[y * 28 + x] * 255);
                g.setColor(new Color(v, v, v));
                g.fillRect(30 + x * 3, 10 + y * 3, 3, 3);
            }
        }
        g.dispose();
        return img;
    }

    @Test
    void labBenchmarksPrintOneJsonLineEach() throws Exception {
        Result r = run("bench", "frame", "digits");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode frame = json.readTree(lines[lines.length - 2]);
        com.fasterxml.jackson.databind.JsonNode digits = json.readTree(lines[lines.length - 1]);
        assertThat(frame.get("workload").asText()).isEqualTo("playground_frame");
        assertThat(frame.get("ms_per_frame_median").asDouble()).isPositive();
        assertThat(frame.get("neuron_resolution").asInt()).isPositive();
        assertThat(digits.get("workload").asText()).isEqualTo("digits_latency");
        assertThat(digits.get("p95Ms").asDouble()).isGreaterThanOrEqualTo(digits.get("p50Ms").asDouble()).isPositive();
    }

    @Test
    void trainlabTrainsTheLabsDefaultModelThroughTheServiceAndReportsBothSpeeds() throws Exception {
        Result r = run("bench", "trainlab", "--samples", "3200");
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\\R");
        com.fasterxml.jackson.databind.JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(lines[lines.length - 1]);
        assertThat(row.get("workload").asText()).isEqualTo("trainlab");
        // a tenth held back for validation, as the lab does: 90 batches of 32 trained, each with its event
        assertThat(row.get("samples").asInt()).isEqualTo(2880);
        assertThat(row.get("validation").asInt()).isEqualTo(320);
        assertThat(row.get("events").asInt()).isGreaterThan(90);
        // the progress line's speed counts only the training steps, so it is above the epoch's (validation included)
        assertThat(row.get("lab_train_samples_per_s").asDouble()).isGreaterThan(row.get("lab_samples_per_s").asDouble());
        assertThat(row.get("val_accuracy").asDouble()).isBetween(0.5, 1.0);
    }
}
