package org.neurallab.lab.playground;

import java.util.List;
import java.util.Random;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.data.ProblemType;
import org.neurallab.lab.playground.data.TrainTestSplit;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * One playground being trained: its configuration, points, network and epoch count. Plain Java and
 * single-threaded: the {@link TrainingLoop} owns it on its worker thread, tests drive it directly.
 */
public final class PlaygroundSession {
    private final PlaygroundConfig config;
    private final List<Feature> features;
    private final DenseNet net;
    private final PointScorer evaluator;
    private final Random shuffle;
    private TrainTestSplit split;
    private double[][] trainX;
    private double[][] trainY;
    private double[][] testX;
    private double[][] testY;
    private int[] order;
    private int epoch;
    private Metrics metrics = Metrics.NONE;

    private PlaygroundSession(PlaygroundConfig config) {
        this.config = config.copy();
        this.features = this.config.featureList();
        this.net = NetworkFactory.build(this.config);
        this.evaluator = new PointScorer(net, this.config.problem() == ProblemType.CLASSIFICATION);
        this.shuffle = new Random(this.config.getInitSeed() * 31 + 17);
        this.epoch = this.config.getEpoch();
        setSplit(this.config.customPoints()
                ? new TrainTestSplit(this.config.getTrainPoints(), this.config.getTestPoints())
                : TrainTestSplit.generate(this.config.datasetSpec()));
    }

    /**
     * Builds everything the configuration describes.
     *
     * @throws IllegalArgumentException if it cannot be built (e.g. saved weights that do not fit)
     */
    public static PlaygroundSession start(PlaygroundConfig config) {
        return new PlaygroundSession(config);
    }

    private void setSplit(TrainTestSplit s) {
        split = s;
        trainX = NetworkFactory.inputs(s.train(), features);
        trainY = NetworkFactory.targets(s.train(), config);
        testX = NetworkFactory.inputs(s.test(), features);
        testY = NetworkFactory.targets(s.test(), config);
        order = new int[trainX.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        evaluate();
    }

    /** Hand-made points: the network and epoch stay, so training continues on the new points. */
    public void setPoints(List<DataPoint> train, List<DataPoint> test) {
        config.setPoints(train, test);
        setSplit(new TrainTestSplit(train, test));
    }

    /** One pass over the training points in a fresh random order, in mini-batches (the last may be smaller). */
    public void trainEpoch() {
        if (trainX.length > 0) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int batch = config.getBatchSize();
            double[][] bx = new double[batch][];
            double[][] by = new double[batch][];
            for (int start = 0; start < order.length; start += batch) {
                int n = Math.min(batch, order.length - start);
                for (int r = 0; r < n; r++) {
                    bx[r] = trainX[order[start + r]];
                    by[r] = trainY[order[start + r]];
                }
                net.trainBatch(bx, by, n);
            }
        }
        epoch++;
        evaluate();
    }

    private void evaluate() {
        double[] train = evaluator.evaluate(trainX, trainY);
        double[] test = evaluator.evaluate(testX, testY);
        metrics = new Metrics(train[0], test[0], train[1], test[1]);
    }

    /** Changes learning rate, optimizer, penalty or batch size without touching the weights. */
    public void applyHyperParameters(PlaygroundConfig from) {
        config.setLearningRate(from.getLearningRate());
        config.setOptimizer(from.getOptimizer());
        config.setRegularization(from.getRegularization());
        config.setRegularizationRate(from.getRegularizationRate());
        config.setBatchSize(from.getBatchSize());
        NetworkFactory.applyHyperParameters(net, config);
    }

    /** Sets one weight (layer 0 connects the inputs to the first layer) and re-evaluates the losses. */
    public void setWeight(int layer, int from, int to, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("weight must be a finite number, got " + value);
        }
        net.setWeight(layer, from, to, value);
        evaluate();
    }

    /** The configuration with the current weights, epoch and (if hand-made) points: what a save writes. */
    public PlaygroundConfig snapshotConfig() {
        PlaygroundConfig c = config.copy();
        c.setWeights(NetworkFactory.paramsOf(net));
        c.setEpoch(epoch);
        return c;
    }

    public PlaygroundConfig config() {
        return config.copy();
    }

    public List<Feature> features() {
        return features;
    }

    public DenseNet net() {
        return net;
    }

    public TrainTestSplit points() {
        return split;
    }

    public int epoch() {
        return epoch;
    }

    public Metrics metrics() {
        return metrics;
    }
}
