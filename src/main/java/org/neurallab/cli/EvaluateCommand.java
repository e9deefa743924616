package org.neurallab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.neurallab.cli.bench.CalibrationRun;
import org.neurallab.cli.bench.RobustnessBench;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.train.Evaluation;
import org.neurallab.train.Evaluator;
import org.neurallab.train.ImageTrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: test accuracy and confusion matrix of a saved model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a saved model's test accuracy and confusion matrix.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "a model file saved by train or the app")
    Path model;

    @Option(names = "--dataset", description = "mnist or fashion (default: the data set the model was trained on)")
    String dataset;

    @Option(names = "--distortions", description = "instead: accuracy on distorted test images, one JSON line per distortion (see bench robustness)")
    boolean distortions;

    @Option(names = "--samples", defaultValue = "10000", description = "with --distortions: the first N test images, 100-10000 (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--calibrate", description = "instead: fit the temperature that calibrates the probabilities on held-out training images, save it beside the model as NAME.calibration.json and print ECE before and after")
    boolean calibrate;

    @Override
    public Integer call() throws Exception {
        SavedModel saved = ModelFile.load(model);
        DatasetKind kind = DatasetKind.fromCliName(dataset != null ? dataset : saved.dataset());
        int[] inputShape = saved.spec().inputShape();
        DatasetFit.require(saved.spec(), kind);
        DatasetFit.warnIfOther(saved.dataset(), kind, System.err);
        if (calibrate) {
            CalibrationRun.run(saved.model(), model, kind, System.out);
            return 0;
        }
        if (distortions) {
            CliChecks.range("--samples", samples, 100, 10_000);
            new RobustnessBench().run(saved.model(), model.getFileName().toString(), kind, samples, System.out);
            return 0;
        }
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        Evaluation e = Evaluator.evaluate(saved.model(), new ImageTrainingData(test,
                ImageTrainingData.layoutFor(inputShape)), 500);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "test accuracy %.4f  test loss %.4f  (%d %s test images)%n",
                e.accuracy(), e.loss(), e.examples(), kind.cliName());
        out.println("confusion matrix (rows: true class, columns: predicted class)");
        printConfusion(out, e.confusion());
        return 0;
    }

    static void printConfusion(PrintStream out, int[][] confusion) {
        StringBuilder header = new StringBuilder("      ");
        for (int c = 0; c < confusion.length; c++) {
            header.append(String.format(Locale.ROOT, "%6d", c));
        }
        out.println(header);
        for (int r = 0; r < confusion.length; r++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%5d ", r));
            for (int c = 0; c < confusion[r].length; c++) {
                row.append(String.format(Locale.ROOT, "%6d", confusion[r][c]));
            }
            out.println(row);
        }
    }
}
