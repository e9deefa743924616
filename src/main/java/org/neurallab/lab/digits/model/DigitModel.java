package org.neurallab.lab.digits.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.data.DatasetKind;
import org.neurallab.data.ImageLayout;
import org.neurallab.data.PreprocessResult;
import org.neurallab.data.TensorConversion;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.Sequential;
import org.neurallab.io.CalibrationFile;
import org.neurallab.io.ModelFile;
import org.neurallab.io.ModelInfo;
import org.neurallab.io.SavedModel;
import org.neurallab.train.Calibration;

/**
 * A classifier of 28x28 drawings with ten classes, and the way the lab looks inside it.
 *
 * <p>Like {@link Sequential}, not thread-safe: the lab keeps each instance on its one inference thread and
 * gives background jobs (teaching, fine-tuning) their own {@link #copy()}.
 */
public final class DigitModel {
    public static final int SIDE = PreprocessResult.SIDE;
    public static final int CLASSES = 10;
    private static final int[] INPUT = {1, SIDE, SIDE};

    private final SavedModel saved;
    private final String name;
    private final DatasetKind kind;
    // Temperature that calibrates the probabilities (1 = as the network gives them); see CalibrationFile.
    private double temperature = 1;
    // Built on first use, on the thread that owns this model; null when the model needs the engine path.
    private FastForward fast;
    private boolean fastChecked;

    public DigitModel(SavedModel saved, String name) {
        this.saved = saved;
        this.name = name;
        this.kind = kindOf(saved.dataset());
    }

    /** Loads a model file, refusing ({@link WrongModelException}) one that does not take 1x28x28 or give 10 classes. */
    public static DigitModel load(Path file) throws IOException {
        ModelInfo info = ModelFile.peek(file);
        int classes = info.classNames().isEmpty() ? lastUnits(info) : info.classNames().size();
        if (!info.fits(INPUT, CLASSES)) {
            throw new WrongModelException(file, info.spec().inputShape(), classes);
        }
        String fileName = file.getFileName().toString();
        DigitModel model = new DigitModel(ModelFile.load(file), fileName);
        model.temperature = CalibrationFile.temperatureFor(file);
        return model;
    }

    /** The calibration temperature applied to {@link #predict} (1 when the model has none). */
    public double temperature() {
        return temperature;
    }

    private static int lastUnits(ModelInfo info) {
        var layers = info.spec().layers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof org.neurallab.engine.model.LayerSpec.Dense d) {
                return d.units();
            }
        }
        return 0;
    }

    /** "fashion-mnist" and "fashion" mean Fashion-MNIST; anything else is read as digits. */
    static DatasetKind kindOf(String dataset) {
        try {
            return DatasetKind.fromCliName(dataset);
        } catch (IllegalArgumentException e) {
            return DatasetKind.MNIST;
        }
    }

    public String name() {
        return name;
    }

    public DatasetKind kind() {
        return kind;
    }

    public SavedModel saved() {
        return saved;
    }

    public Sequential network() {
        return saved.model();
    }

    /** Calibrated probabilities for one preprocessed 28x28 image (784 values, ink = 1). */
    public Prediction predict(float[] pixels) {
        checkPixels(pixels);
        FastForward f = fast();
        float[] p = f != null ? f.probabilities(pixels)
                : network().predict(TensorConversion.single(pixels, SIDE, SIDE, ImageLayout.NCHW)).toFloatVector();
        return new Prediction(Calibration.scale(p, temperature));
    }

    /** Probabilities for many images at once (rows of 784), for accuracy checks. */
    public INDArray predictBatch(INDArray nchw) {
        return network().predict(nchw);
    }

    /** Every layer's output for one image, copied out (Flatten and Dropout are left out: they show nothing new). */
    public List<LayerView> inspect(float[] pixels) {
        checkPixels(pixels);
        FastForward f = fast();
        if (f != null) {
            List<float[]> outs = f.forwardAll(pixels);
            List<LayerView> views = new ArrayList<>();
            for (int i = 0; i < outs.size(); i++) {
                String kindName = network().layers().get(i).spec().kind();
                if (!"Flatten".equals(kindName) && !"Dropout".equals(kindName)) {
                    views.add(new LayerView(i, kindName, network().outputShape(i), outs.get(i).clone()));
                }
            }
            return views;
        }
        List<INDArray> outs = network().layerOutputs(TensorConversion.single(pixels, SIDE, SIDE, ImageLayout.NCHW));
        List<LayerView> views = new ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
            Layer layer = network().layers().get(i);
            String kindName = layer.spec().kind();
            if ("Flatten".equals(kindName) || "Dropout".equals(kindName)) {
                continue;
            }
            INDArray out = outs.get(i);
            // The output layer shows probabilities, as the bars do, not raw logits.
            if (i == outs.size() - 1) {
                out = network().loss().activate(out);
            }
            views.add(new LayerView(i, kindName, network().outputShape(i),
                    out.dup('c').reshape(out.length()).toFloatVector()));
        }
        return views;
    }

    /**
     * The first layer's learned filters as maps [filters, k, k] (first input channel), or null when the
     * first layer is not a convolution.
     */
    public LayerView firstFilters() {
        Layer first = network().layers().get(0);
        if (!"Conv2D".equals(first.spec().kind()) || first.params().isEmpty()) {
            return null;
        }
        INDArray w = first.params().get(0).value();
        long[] s = w.shape();
        if (s.length != 4) {
            return null;
        }
        INDArray channel0 = w.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.point(0)).dup('c').reshape(s[0] * s[2] * s[3]);
        return new LayerView(0, "filters", new int[] {(int) s[0], (int) s[2], (int) s[3]}, channel0.toFloatVector());
    }

    /** The plain-Java forward pass, built once. */
    private FastForward fast() {
        if (!fastChecked) {
            fast = FastForward.of(network());
            fastChecked = true;
        }
        return fast;
    }

    /** Call after changing the network's weights in place, so predictions use the new ones. */
    public void weightsChanged() {
        fastChecked = false;
        fast = null;
    }

    /** Predictions through the engine (ND4J), for checking the fast path against it. */
    public Prediction predictWithEngine(float[] pixels) {
        INDArray out = network().predict(TensorConversion.single(pixels, SIDE, SIDE, ImageLayout.NCHW));
        return new Prediction(Calibration.scale(out.toFloatVector(), temperature));
    }

    /** An independent copy with the same weights, for a background job. */
    public DigitModel copy() {
        DigitModel copy = new DigitModel(new SavedModel(copyOf(network()), saved.training(), saved.dataset(),
                saved.classNames(), saved.history()), name);
        copy.temperature = temperature;
        return copy;
    }

    /** The same model under another name (after fine-tuning, say), with the same calibration. */
    public DigitModel renamed(String newName) {
        DigitModel renamed = new DigitModel(saved, newName);
        renamed.temperature = temperature;
        return renamed;
    }

    /** A new network with the same architecture and a copy of every parameter. */
    public static Sequential copyOf(Sequential source) {
        Sequential copy = Sequential.build(source.spec(), 0, source.dataType());
        List<Param> from = source.params();
        List<Param> to = copy.params();
        for (int i = 0; i < from.size(); i++) {
            to.get(i).value().assign(from.get(i).value());
        }
        return copy;
    }

    private static void checkPixels(float[] pixels) {
        if (pixels == null || pixels.length != SIDE * SIDE) {
            throw new IllegalArgumentException("pixels must hold 28*28 = 784 values, has "
                    + (pixels == null ? "none" : pixels.length));
        }
    }
}
