package org.neurallab.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurallab.engine.activation.Activation;

/**
 * Softmax followed by cross-entropy, on logits. Working with log-softmax (subtracting each row's
 * maximum first) keeps it finite even for logits like [1010, 1000, 990], where a naive exp overflows.
 * The gradient is the famously simple (softmax - target) / batch.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private INDArray probabilities;
    private INDArray target;

    @Override
    public double forward(INDArray logits, INDArray target) {
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        INDArray logProbabilities = shifted.subColumnVector(logSum);
        this.probabilities = Transforms.exp(logProbabilities, true);
        this.target = target;
        return -logProbabilities.mul(target).sumNumber().doubleValue() / logits.rows();
    }

    @Override
    public INDArray backward() {
        return probabilities.sub(target).divi(target.rows());
    }

    @Override
    public INDArray activate(INDArray logits) {
        return Activation.softmaxRows(logits);
    }

    /**
     * Cross-entropy of one probability vector against a one-hot target, with the lectures' tiny delta
     * inside the log so that a zero probability gives a large number instead of infinity.
     */
    public static double crossEntropy(double[] probabilities, double[] target) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum -= target[i] * Math.log(probabilities[i] + 1e-7);
        }
        return sum;
    }
}
