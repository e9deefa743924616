package org.neurallab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.DatasetLocator;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.Engine;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.train.ImageTrainingData;
import picocli.CommandLine.Command;

/**
 * {@code self-check} (also {@code --self-check}): proves an installation is whole. It loads both datasets, the
 * bundled models and images and the Korean font, lets each bundled model read 200 test images, and runs one
 * training step; prints one line per check and exits 0, or non-zero naming what is missing or wrong.
 */
@Command(name = "self-check", aliases = "--self-check", mixinStandardHelpOptions = true,
        description = "Check that the datasets, bundled models, images and the native engine work; exit 0 if so.")
public final class SelfCheckCommand implements Callable<Integer> {
    /**
     * A bundled model must read at least this share of the first test images correctly: far above chance
     * (10 %), so a broken or wrong file fails, and below the Fashion model's 0.89-0.92 on those images.
     */
    static final double MIN_ACCURACY = 0.85;
    static final int PREDICTED_IMAGES = 200;
    static final List<String> FONTS = List.of("/org/neurallab/fonts/NeuralLabGothic-Regular.ttf",
            "/org/neurallab/fonts/NeuralLabGothic-Bold.ttf");

    /** One check: its name and what it found, or the reason it failed. */
    private interface Check {
        String run() throws Exception;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<String> failed = new ArrayList<>();
        run(out, failed, "engine", SelfCheckCommand::engine);
        for (DatasetKind kind : DatasetKind.values()) {
            run(out, failed, "dataset " + kind.cliName(), () -> dataset(kind));
        }
        for (DatasetKind kind : DatasetKind.values()) {
            run(out, failed, "model " + kind.cliName(), () -> bundledModel(kind));
        }
        run(out, failed, "images", SelfCheckCommand::images);
        run(out, failed, "fonts", SelfCheckCommand::fonts);
        run(out, failed, "training step", SelfCheckCommand::trainingStep);
        if (failed.isEmpty()) {
            out.println("self-check passed");
            out.flush();
            return 0;
        }
        out.println("self-check FAILED: " + String.join(", ", failed));
        out.flush();
        return 1;
    }

    private static void run(PrintStream out, List<String> failed, String name, Check check) {
        try {
            out.printf(Locale.ROOT, "ok      %-16s %s%n", name, check.run());
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            org.slf4j.LoggerFactory.getLogger(SelfCheckCommand.class).warn("self-check '{}' failed", name, e);
            out.printf(Locale.ROOT, "FAILED  %-16s %s%n", name, e.getMessage() != null ? e.getMessage() : e.toString());
            failed.add(name);
        }
        out.flush();
    }

    private static String engine() {
        Engine.warmUp();
        return "ND4J native code loaded";
    }

    private static String dataset(DatasetKind kind) {
        Path dir = DatasetLocator.datasetsDir();
        ImageDataset train = MnistLoader.load(dir, kind, Split.TRAIN);
        ImageDataset test = MnistLoader.load(dir, kind, Split.TEST);
        if (train.count() == 0 || test.count() == 0) {
            throw new IllegalStateException("empty dataset in " + dir.resolve(kind.folderName()));
        }
        return String.format(Locale.ROOT, "%d training and %d test images in %s", train.count(), test.count(),
                dir.resolve(kind.folderName()));
    }

    private static String bundledModel(DatasetKind kind) throws IOException {
        String fileName = kind == DatasetKind.FASHION ? "fashion-cnn.zip" : "mnist-cnn.zip";
        Path file = DatasetLocator.assetsDir().resolve("models").resolve(fileName);
        SavedModel saved = ModelFile.load(file);
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        int n = Math.min(PREDICTED_IMAGES, test.count());
        int[] indices = IntStream.range(0, n).toArray();
        ImageLayout layout = ImageTrainingData.layoutFor(saved.spec().inputShape());
        INDArray predictions = saved.model().predict(TensorConversion.images(test, indices, 0, n, layout));
        int[] best = predictions.argMax(1).toIntVector();
        long right = IntStream.range(0, n).filter(i -> best[i] == test.label(i)).count();
        double accuracy = right / (double) n;
        if (accuracy < MIN_ACCURACY) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s reads only %.0f %% of %d test images correctly (expected at least %.0f %%)",
                    file, 100 * accuracy, n, 100 * MIN_ACCURACY));
        }
        return String.format(Locale.ROOT, "%s reads %d of %d test images correctly", file, right, n);
    }

    private static String images() throws IOException {
        Path dir = DatasetLocator.assetsDir().resolve("images");
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        if (pngs.isEmpty()) {
            throw new IllegalStateException("no PNG images in " + dir);
        }
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new IllegalStateException(png + " is not a readable image");
            }
        }
        return pngs.size() + " images in " + dir;
    }

    private static String fonts() {
        for (String font : FONTS) {
            if (SelfCheckCommand.class.getResource(font) == null) {
                throw new IllegalStateException("font " + font + " is missing from the application");
            }
        }
        return FONTS.size() + " Korean fonts";
    }

    private static String trainingStep() {
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN);
        Sequential net = Sequential.build(ModelChoice.resolve("mlp"), 1);
        int[] indices = IntStream.range(0, 64).toArray();
        INDArray x = TensorConversion.images(train, indices, 0, indices.length, ImageLayout.FLAT);
        INDArray y = TensorConversion.oneHot(train, indices, 0, indices.length);
        Optimizer optimizer = new OptimizerSpec(OptimizerType.ADAM, 0.001).create();
        double before = net.trainBatch(x, y, optimizer, Regularization.NONE);
        double after = net.loss(x, y, Regularization.NONE);
        if (!Double.isFinite(before) || !Double.isFinite(after) || !(after < before)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "one Adam step on 64 MNIST images did not lower the loss (%.4f before, %.4f after)", before, after));
        }
        return String.format(Locale.ROOT, "one Adam step lowered the loss from %.4f to %.4f", before, after);
    }
}
