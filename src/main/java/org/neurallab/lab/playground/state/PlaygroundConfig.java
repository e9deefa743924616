package org.neurallab.lab.playground.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.plain.WeightInit;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.engine.optim.Regularization;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.data.DatasetSpec;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.data.ProblemType;

/**
 * The whole state of a playground as one object (like TensorFlow Playground's state.ts): data,
 * features, layers, hyper-parameters, display options, lesson, and optionally the trained weights
 * and hand-made points. Every setter checks its value and throws {@link IllegalArgumentException}
 * naming the setting and the allowed range, leaving the object unchanged. Saved as JSON by
 * {@link ConfigJson}.
 */
public final class PlaygroundConfig {
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_HIDDEN_LAYERS = 6;
    public static final double MIN_LEARNING_RATE = 0.00001;
    public static final double MAX_LEARNING_RATE = 10;
    public static final int MAX_BATCH = 30;
    public static final List<Activation> ACTIVATIONS = List.of(Activation.RELU, Activation.TANH,
            Activation.SIGMOID, Activation.LINEAR, Activation.LEAKY_RELU, Activation.ELU, Activation.STEP);
    public static final List<OptimizerType> OPTIMIZERS = List.of(OptimizerType.SGD, OptimizerType.MOMENTUM,
            OptimizerType.ADAM);

    private PointDataset dataset = PointDataset.CIRCLE;
    private int classes = 3;
    private int noise = 0;
    private int trainPercent = 50;
    private long dataSeed = 1;
    private long initSeed = 1;
    private WeightInit weightInit = WeightInit.BY_ACTIVATION;
    private Set<Feature> features = EnumSet.of(Feature.X1, Feature.X2);
    private List<HiddenLayer> layers = List.of(new HiddenLayer(4, Activation.TANH), new HiddenLayer(2, Activation.TANH));
    private double learningRate = 0.03;
    private Regularization.Kind regularization = Regularization.Kind.NONE;
    private double regularizationRate = 0;
    private int batchSize = 10;
    private OptimizerType optimizer = OptimizerType.SGD;
    private LossChoice loss = LossChoice.SQUARED_ERROR;
    private boolean discretize;
    private boolean showTestData;
    private PaletteKind palette = PaletteKind.STANDARD;
    private Lesson lesson = Lesson.NONE;
    /** Hand-made points (painted, clicked or imported); null while the generated dataset is used. */
    private List<DataPoint> trainPoints;
    private List<DataPoint> testPoints;
    /** Trained parameters to restore; null for fresh weights from {@link #getInitSeed()}. */
    private List<LayerParams> weights;
    private int epoch;

    public PlaygroundConfig() {
    }

    /** A deep copy (the lists inside are immutable, so copying the fields is enough). */
    public PlaygroundConfig copy() {
        PlaygroundConfig c = new PlaygroundConfig();
        c.dataset = dataset;
        c.classes = classes;
        c.noise = noise;
        c.trainPercent = trainPercent;
        c.dataSeed = dataSeed;
        c.initSeed = initSeed;
        c.weightInit = weightInit;
        c.features = features;
        c.layers = layers;
        c.learningRate = learningRate;
        c.regularization = regularization;
        c.regularizationRate = regularizationRate;
        c.batchSize = batchSize;
        c.optimizer = optimizer;
        c.loss = loss;
        c.discretize = discretize;
        c.showTestData = showTestData;
        c.palette = palette;
        c.lesson = lesson;
        c.trainPoints = trainPoints;
        c.testPoints = testPoints;
        c.weights = weights;
        c.epoch = epoch;
        return c;
    }

    public int getFormatVersion() {
        return FORMAT_VERSION;
    }

    public DatasetSpec datasetSpec() {
        return new DatasetSpec(dataset, classes, noise, trainPercent, dataSeed);
    }

    public ProblemType problem() {
        return dataset.problem();
    }

    /** Network outputs: 1 for regression and two classes, else one per class. */
    public int outputs() {
        int k = datasetSpec().classCount();
        return k > 2 ? k : 1;
    }

    public int hiddenNeurons() {
        return layers.stream().mapToInt(HiddenLayer::neurons).sum();
    }

    /** Enabled features in their fixed order (x1, x2, x1², ...). */
    public List<Feature> featureList() {
        List<Feature> list = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (features.contains(f)) {
                list.add(f);
            }
        }
        return list;
    }

    public boolean customPoints() {
        return trainPoints != null;
    }

    // ---- getters and checking setters (names are the JSON keys) ---------------------------------

    public PointDataset getDataset() {
        return dataset;
    }

    public void setDataset(PointDataset dataset) {
        if (dataset == null) {
            throw new IllegalArgumentException("dataset must be one of " + List.of(PointDataset.values()));
        }
        this.dataset = dataset;
    }

    public int getClasses() {
        return classes;
    }

    public void setClasses(int classes) {
        if (classes < DatasetSpec.MIN_CLASSES || classes > DatasetSpec.MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be between " + DatasetSpec.MIN_CLASSES + " and "
                    + DatasetSpec.MAX_CLASSES + ", got " + classes);
        }
        this.classes = classes;
    }

    public int getNoise() {
        return noise;
    }

    public void setNoise(int noise) {
        if (noise < 0 || noise > 50) {
            throw new IllegalArgumentException("noise must be between 0 and 50 percent, got " + noise);
        }
        this.noise = noise;
    }

    public int getTrainPercent() {
        return trainPercent;
    }

    public void setTrainPercent(int percent) {
        if (percent < 10 || percent > 90) {
            throw new IllegalArgumentException("training share must be between 10 and 90 percent, got " + percent);
        }
        this.trainPercent = percent;
    }

    public long getDataSeed() {
        return dataSeed;
    }

    public void setDataSeed(long dataSeed) {
        this.dataSeed = dataSeed;
    }

    public long getInitSeed() {
        return initSeed;
    }

    public void setInitSeed(long initSeed) {
        this.initSeed = initSeed;
    }

    /** How fresh weights are drawn; files from before this setting read as {@link WeightInit#BY_ACTIVATION}. */
    public WeightInit getWeightInit() {
        return weightInit;
    }

    public void setWeightInit(WeightInit weightInit) {
        this.weightInit = weightInit == null ? WeightInit.BY_ACTIVATION : weightInit;
    }

    public Set<Feature> getFeatures() {
        return Collections.unmodifiableSet(features);
    }

    public void setFeatures(Set<Feature> features) {
        if (features == null || features.isEmpty()) {
            throw new IllegalArgumentException("features: at least one input feature must be switched on");
        }
        this.features = Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    public List<HiddenLayer> getLayers() {
        return layers;
    }

    public void setLayers(List<HiddenLayer> layers) {
        if (layers == null || layers.size() > MAX_HIDDEN_LAYERS || layers.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("hidden layers must number 0 to " + MAX_HIDDEN_LAYERS + ", got "
                    + (layers == null ? "none" : layers.size()));
        }
        this.layers = List.copyOf(layers);
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double rate) {
        if (!(rate >= MIN_LEARNING_RATE && rate <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("learning rate must be between 0.00001 and 10, got " + rate);
        }
        this.learningRate = rate;
    }

    public Regularization.Kind getRegularization() {
        return regularization;
    }

    public void setRegularization(Regularization.Kind kind) {
        this.regularization = kind == null ? Regularization.Kind.NONE : kind;
    }

    public double getRegularizationRate() {
        return regularizationRate;
    }

    public void setRegularizationRate(double rate) {
        if (!(rate >= 0 && rate <= 10)) {
            throw new IllegalArgumentException("regularization rate must be between 0 and 10, got " + rate);
        }
        this.regularizationRate = rate;
    }

    public Regularization regularizationSpec() {
        return new Regularization(regularization, regularization == Regularization.Kind.NONE ? 0 : regularizationRate);
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be between 1 and " + MAX_BATCH + ", got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public OptimizerType getOptimizer() {
        return optimizer;
    }

    public void setOptimizer(OptimizerType optimizer) {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new IllegalArgumentException("optimizer must be one of sgd, momentum, adam, got " + optimizer);
        }
        this.optimizer = optimizer;
    }

    public LossChoice getLoss() {
        return loss;
    }

    public void setLoss(LossChoice loss) {
        this.loss = loss == null ? LossChoice.SQUARED_ERROR : loss;
    }

    public boolean isDiscretize() {
        return discretize;
    }

    public void setDiscretize(boolean discretize) {
        this.discretize = discretize;
    }

    public boolean isShowTestData() {
        return showTestData;
    }

    public void setShowTestData(boolean showTestData) {
        this.showTestData = showTestData;
    }

    public PaletteKind getPalette() {
        return palette;
    }

    public void setPalette(PaletteKind palette) {
        this.palette = palette == null ? PaletteKind.STANDARD : palette;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public void setLesson(Lesson lesson) {
        this.lesson = lesson == null ? Lesson.NONE : lesson;
    }

    public List<DataPoint> getTrainPoints() {
        return trainPoints;
    }

    public List<DataPoint> getTestPoints() {
        return testPoints;
    }

    /** Hand-made points replace the generated dataset; both null returns to the generated one. */
    public void setPoints(List<DataPoint> train, List<DataPoint> test) {
        if ((train == null) != (test == null)) {
            throw new IllegalArgumentException("points: training and test points are set together");
        }
        this.trainPoints = train == null ? null : List.copyOf(train);
        this.testPoints = test == null ? null : List.copyOf(test);
    }

    public void setTrainPoints(List<DataPoint> train) {
        this.trainPoints = train == null ? null : List.copyOf(train);
    }

    public void setTestPoints(List<DataPoint> test) {
        this.testPoints = test == null ? null : List.copyOf(test);
    }

    public List<LayerParams> getWeights() {
        return weights;
    }

    public void setWeights(List<LayerParams> weights) {
        this.weights = weights == null ? null : List.copyOf(weights);
    }

    public int getEpoch() {
        return epoch;
    }

    public void setEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative, got " + epoch);
        }
        this.epoch = epoch;
    }
}
