package org.neurallab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DigitPreprocessor;
import org.neurallab.data.ImageFiles;
import org.neurallab.data.PicturePreprocessor;
import org.neurallab.data.PreprocessResult;
import org.neurallab.data.TensorConversion;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.train.ImageTrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code predict}: reads image files the way the Digits pad reads a drawing (ink found, scaled to
 * 20x20, centred by mass in 28x28) and prints the top class of each.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the class of image files (PNG, JPEG, BMP, GIF) or of every image in folders.")
public final class PredictCommand implements Callable<Integer> {
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    @Option(names = "--model", required = true, description = "a model file taking 28x28 images")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "image files or folders")
    List<Path> images;

    @Override
    public Integer call() throws Exception {
        SavedModel saved = ModelFile.load(model);
        int[] inputShape = saved.spec().inputShape();
        if (org.neurallab.engine.model.Shapes.product(inputShape) != 28 * 28) {
            throw new IllegalArgumentException("--model: the model takes inputs of shape "
                    + java.util.Arrays.toString(inputShape) + ", not 28x28 images");
        }
        List<Path> files = expand(images);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("IMAGE: no image files (" + String.join(", ", EXTENSIONS) + ") in "
                    + String.join(", ", images.stream().map(Path::toString).toList()));
        }
        int failures = 0;
        for (Path file : files) {
            BufferedImage image;
            try {
                image = ImageFiles.read(file, ImageFiles.MAX_PIXELS);
            } catch (IOException e) {
                System.out.println(file + "\terror: " + e.getMessage());
                failures++;
                continue;
            }
            PreprocessResult prepared = PicturePreprocessor.read(image);
            if (prepared.empty()) {
                System.out.println(file + "\terror: no ink found in the image");
                failures++;
                continue;
            }
            INDArray x = TensorConversion.single(prepared.pixels(), 28, 28, ImageTrainingData.layoutFor(inputShape));
            double[] p = saved.model().predict(x).toDoubleVector();
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[best]) {
                    best = i;
                }
            }
            String name = best < saved.classNames().size() ? saved.classNames().get(best) : String.valueOf(best);
            System.out.printf(Locale.ROOT, "%s\t%s\t%.4f%n", file, name, p[best]);
        }
        return failures == 0 ? 0 : 1;
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(PredictCommand::isImage).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else if (Files.exists(p)) {
                throw new IllegalArgumentException("IMAGE: '" + p + "' is not a regular file (a device, pipe or socket)");
            } else {
                throw new IllegalArgumentException("IMAGE: '" + p + "' does not exist");
            }
        }
        return files;
    }

    private static boolean isImage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
