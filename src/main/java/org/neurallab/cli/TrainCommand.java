package org.neurallab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.neurallab.data.AugmentationSettings;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.model.ModelLimits;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.ModelSummary;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.AtomicFiles;
import org.neurallab.io.EpochRecord;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.train.Evaluation;
import org.neurallab.train.Evaluator;
import org.neurallab.train.ImageTrainingData;
import org.neurallab.train.RunConfig;
import org.neurallab.train.RunHandle;
import org.neurallab.train.TrainingEvent;
import org.neurallab.train.TrainingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train}: trains a model on MNIST or Fashion-MNIST and saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a model on MNIST or Fashion-MNIST, print a line per epoch and save the model.")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist or fashion (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--model", description = "mlp, mlp128, cnn, digits-cnn or FILE.json (default: mlp)")
    String model;

    @Option(names = "--from", description = "continue training a saved model file (its architecture and weights)")
    Path from;

    @Option(names = "--epochs", defaultValue = "5", description = "number of epochs, 1-1000 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--batch", defaultValue = "32", description = "batch size, 1-60000 (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--optimizer", defaultValue = "adam", description = "sgd, momentum, adam or rmsprop (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.001", description = "learning rate, > 0 and <= 100 (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--seed", defaultValue = "1", description = "random seed for weights and shuffling (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--validation-split", defaultValue = "0.1", description = "fraction held out for val_accuracy, 0-0.5 (default: ${DEFAULT-VALUE})")
    double validationSplit;

    @Option(names = "--samples", description = "train on the first N training images only (default: all)")
    Integer samples;

    @Mixin
    AugmentOptions augmentOptions = new AugmentOptions();

    @Option(names = "--out", description = "where to save the trained model (a .zip model file)")
    Path out;

    private static void checkOut(Path out) {
        try {
            AtomicFiles.checkTarget(out);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--out: " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = System.out;
        DatasetKind kind = DatasetKind.fromCliName(dataset);
        OptimizerType optimizerType = OptimizerType.fromId(optimizer);
        CliChecks.range("--epochs", epochs, 1, 1000);
        CliChecks.range("--batch", batch, 1, 60_000);
        RunConfig config = RunConfig.of(optimizerType, learningRate, epochs, batch, seed)
                .withValidationSplit(validationSplit);
        if (from != null && model != null) {
            throw new IllegalArgumentException("--from and --model cannot be used together: --from brings its own architecture");
        }
        if (out != null) {
            checkOut(out); // before training: a run must not be lost to an unusable --out
        }
        SavedModel previous = from != null ? ModelFile.load(from) : null;
        Sequential net = previous != null ? previous.model() : null;
        ModelSpec spec = net != null ? net.spec() : ModelChoice.resolve(model == null ? "mlp" : model);
        var problems = spec.problems(kind.classCount());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("--model: " + problems.get(0).message());
        }
        try {
            ModelLimits.check(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--model: " + e.getMessage(), e);
        }
        if (previous != null) {
            DatasetFit.warnIfOther(previous.dataset(), kind, System.err);
        }

        ImageDataset train = MnistLoader.load(kind, Split.TRAIN);
        if (samples != null) {
            CliChecks.range("--samples", samples, 10, train.count());
            train = train.subset(0, samples);
        }
        ImageDataset test = MnistLoader.load(kind, Split.TEST);
        if (net == null) {
            net = Sequential.build(spec, seed);
        }
        stdout.print(ModelSummary.of(spec).format());
        stdout.printf(Locale.ROOT, "Training on %d %s images for %d epochs (%s, lr %s, batch %d, seed %d)%n",
                train.count(), kind.cliName(), epochs, optimizerType.id(), learningRate, batch, seed);

        var layout = ImageTrainingData.layoutFor(spec.inputShape());
        AugmentationSettings augmentation = augmentOptions.settings();
        stdout.println("Augmentation: " + augmentOptions.describe());
        ImageTrainingData data = new ImageTrainingData(train, layout, () -> augmentation, seed);
        ProgressBar bar = new ProgressBar(System.err);
        // Continued training keeps the earlier epochs in the history and numbers the new ones after them.
        List<EpochRecord> history = new ArrayList<>(previous != null ? previous.history() : List.of());
        int epochOffset = history.size();
        try (TrainingService service = new TrainingService()) {
            RunHandle handle = service.start(net, data, config, event -> {
                if (event instanceof TrainingEvent.BatchEnd b) {
                    bar.update(b.epoch(), epochs, b.batch(), b.batchesPerEpoch(), b.loss(), b.accuracy(),
                            b.samplesPerSecond(), b.etaMs());
                } else if (event instanceof TrainingEvent.EpochEnd e) {
                    bar.clear();
                    history.add(EpochRecord.of(e, epochOffset));
                    stdout.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  accuracy %.4f  val_accuracy %s  %.1f s%n",
                            e.epoch(), epochs, e.loss(), e.accuracy(),
                            e.hasValidation() ? String.format(Locale.ROOT, "%.4f", e.valAccuracy()) : "-", e.seconds());
                } else if (event instanceof TrainingEvent.Failed f) {
                    bar.clear();
                    System.err.println("error: " + f.message());
                }
            });
            while (!handle.awaitCompletion(Duration.ofMinutes(1))) {
                // keep waiting; the listener prints progress
            }
            if (!(handle.outcome().orElse(null) instanceof TrainingEvent.Stopped)) {
                return 1;
            }
        }
        Evaluation evaluation = Evaluator.evaluate(net, new ImageTrainingData(test, layout), 500);
        stdout.printf(Locale.ROOT, "test accuracy %.4f  test loss %.4f  (%d images)%n",
                evaluation.accuracy(), evaluation.loss(), evaluation.examples());
        if (out != null) {
            List<String> classNames = IntStream.range(0, kind.classCount()).mapToObj(kind::englishClassName).toList();
            TrainingInfo info = new TrainingInfo(optimizerType, learningRate, batch, epochs, seed, config.regularization());
            ModelFile.save(out, new SavedModel(net, info, kind.cliName(), classNames, history));
            stdout.println("saved " + out);
        }
        return 0;
    }
}
