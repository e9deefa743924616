package org.neurallab.lab.digits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageDataset;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.MnistLoader;
import org.neurallab.data.Split;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.model.Padding;
import org.neurallab.engine.optim.Optimizer;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.data.BundledModels;

/**
 * Models for the Digits tests: the bundled MNIST CNN when it is in assets/, otherwise a small CNN trained
 * here on part of MNIST in a few seconds (kept in target/ so later test classes reuse it).
 */
public final class TestModels {
    static final Path TRAINED = Path.of("target", "test-models", "digits-small-cnn.nlm");
    private static final int IMAGES = 15_000;
    private static final int BATCH = 50;

    private TestModels() {
    }

    /** A model file that reads digits well (the bundled one if present). */
    public static synchronized Path mnist() throws IOException {
        Path bundled = BundledModels.file(DatasetKind.MNIST);
        if (bundled != null && Files.isRegularFile(bundled)) {
            return bundled;
        }
        return smallCnn();
    }

    /** The small CNN trained by this class (never the bundled one). */
    public static synchronized Path smallCnn() throws IOException {
        if (Files.isRegularFile(TRAINED)) {
            return TRAINED;
        }
        ModelSpec spec = new ModelSpec(new int[] {1, 28, 28}, List.of(
                new LayerSpec.Conv2D(8, 3, 1, Padding.VALID, Activation.RELU),
                new LayerSpec.MaxPool2D(2, 2),
                new LayerSpec.Flatten(),
                new LayerSpec.Dense(64, Activation.RELU),
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY);
        Sequential model = Sequential.build(spec, 3);
        ImageDataset train = MnistLoader.load(DatasetKind.MNIST, Split.TRAIN);
        int[] order = train.shuffledIndices(5);
        Optimizer adam = new OptimizerSpec(OptimizerType.ADAM, 0.002).create();
        for (int from = 0; from + BATCH <= IMAGES; from += BATCH) {
            INDArray x = TensorConversion.images(train, order, from, from + BATCH, ImageLayout.NCHW);
            INDArray t = TensorConversion.oneHot(train, order, from, from + BATCH);
            model.trainBatch(x, t, adam, Regularization.NONE);
        }
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        ModelFile.save(TRAINED, new SavedModel(model, new TrainingInfo(OptimizerType.ADAM, 0.002, BATCH, 1, 3, null),
                "mnist", names, List.of()));
        return TRAINED;
    }
}
