package org.neurallab.lab.playground;

import java.util.ArrayList;
import java.util.List;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.plain.DenseNet;
import org.neurallab.engine.plain.OutputLoss;
import org.neurallab.lab.playground.data.DataPoint;
import org.neurallab.lab.playground.data.Feature;
import org.neurallab.lab.playground.data.ProblemType;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.LayerParams;
import org.neurallab.lab.playground.state.LossChoice;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/**
 * Turns a configuration into a plain-Java network and its training targets. The output layer and
 * loss follow the problem:
 * <ul>
 *   <li>regression: one linear output, half squared error;</li>
 *   <li>two classes, squared error (TensorFlow Playground): one tanh output, targets -1 / +1;</li>
 *   <li>two classes, cross-entropy: one logit, sigmoid + binary cross-entropy, targets 0 / 1;</li>
 *   <li>3 to 5 classes: one logit per class, softmax + cross-entropy, one-hot targets.</li>
 * </ul>
 */
public final class NetworkFactory {
    private NetworkFactory() {
    }

    public static OutputLoss lossOf(PlaygroundConfig c) {
        if (c.problem() == ProblemType.REGRESSION) {
            return OutputLoss.HALF_MSE;
        }
        if (c.outputs() > 1) {
            return OutputLoss.SOFTMAX_CROSS_ENTROPY;
        }
        return c.getLoss() == LossChoice.CROSS_ENTROPY ? OutputLoss.BINARY_CROSS_ENTROPY : OutputLoss.HALF_MSE;
    }

    public static ModelSpec specOf(PlaygroundConfig c) {
        List<LayerSpec> layers = new ArrayList<>();
        for (HiddenLayer h : c.getLayers()) {
            layers.add(new LayerSpec.Dense(h.neurons(), h.activation()));
        }
        OutputLoss loss = lossOf(c);
        Activation out;
        LossType type;
        if (loss == OutputLoss.SOFTMAX_CROSS_ENTROPY) {
            out = Activation.SOFTMAX;
            type = LossType.SOFTMAX_CROSS_ENTROPY;
        } else if (loss == OutputLoss.BINARY_CROSS_ENTROPY) {
            out = Activation.LINEAR;
            type = LossType.BINARY_CROSS_ENTROPY;
        } else {
            out = c.problem() == ProblemType.REGRESSION ? Activation.LINEAR : Activation.TANH;
            type = LossType.MSE;
        }
        layers.add(new LayerSpec.Dense(c.outputs(), out));
        return new ModelSpec(new int[] {c.getFeatures().size()}, layers, type);
    }

    /** A network with fresh weights from the init seed, or the saved ones when the configuration has them. */
    public static DenseNet build(PlaygroundConfig c) {
        DenseNet net = DenseNet.build(specOf(c), c.getInitSeed(), lossOf(c));
        if (c.getWeightInit() != org.neurallab.engine.plain.WeightInit.BY_ACTIVATION) {
            net.initialize(c.getWeightInit(), c.getInitSeed());
        }
        List<LayerParams> saved = c.getWeights();
        if (saved != null) {
            for (int l = 0; l < saved.size(); l++) {
                net.setParameters(l, saved.get(l).weights(), saved.get(l).biases());
            }
        }
        applyHyperParameters(net, c);
        return net;
    }

    /** Optimizer, learning rate and penalty: the settings that can change without a new network. */
    public static void applyHyperParameters(DenseNet net, PlaygroundConfig c) {
        if (net.optimizer().type() != c.getOptimizer()) {
            net.setOptimizer(new OptimizerSpec(c.getOptimizer(), c.getLearningRate()));
        }
        net.setLearningRate(c.getLearningRate());
        net.setRegularization(c.regularizationSpec());
    }

    /** The current parameters, for saving. */
    public static List<LayerParams> paramsOf(DenseNet net) {
        List<LayerParams> list = new ArrayList<>();
        for (int l = 0; l < net.layerCount(); l++) {
            list.add(new LayerParams(net.weights(l), net.biases(l)));
        }
        return list;
    }

    /** Input rows: the enabled features of each point. */
    public static double[][] inputs(List<DataPoint> points, List<Feature> features) {
        double[][] x = new double[points.size()][features.size()];
        for (int r = 0; r < x.length; r++) {
            DataPoint p = points.get(r);
            for (int i = 0; i < features.size(); i++) {
                x[r][i] = features.get(i).apply(p.x1(), p.x2());
            }
        }
        return x;
    }

    /** Target rows in the form the loss expects (see the class comment). */
    public static double[][] targets(List<DataPoint> points, PlaygroundConfig c) {
        OutputLoss loss = lossOf(c);
        int k = c.outputs();
        double[][] t = new double[points.size()][k];
        for (int r = 0; r < t.length; r++) {
            DataPoint p = points.get(r);
            if (c.problem() == ProblemType.REGRESSION) {
                t[r][0] = p.label();
            } else if (loss == OutputLoss.SOFTMAX_CROSS_ENTROPY) {
                t[r][Math.min(p.classIndex(), k - 1)] = 1;
            } else if (loss == OutputLoss.BINARY_CROSS_ENTROPY) {
                t[r][0] = p.classIndex() == 1 ? 1 : 0;
            } else {
                t[r][0] = p.classIndex() == 1 ? 1 : -1;
            }
        }
        return t;
    }
}
