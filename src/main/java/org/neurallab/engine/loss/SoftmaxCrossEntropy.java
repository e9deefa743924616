package org.neurallab.engine.loss;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.math.Reusable;
import org.neurallab.engine.activation.Activation;

/**
 * Softmax followed by cross-entropy, on logits. Working with log-softmax (subtracting each row's
 * maximum first) keeps it finite even for logits like [1010, 1000, 990], where a naive exp overflows.
 * The gradient is the famously simple (softmax - target) / batch.
 */
public final class SoftmaxCrossEntropy implements Loss {
    private INDArray probabilities;
    private INDArray target;
    /** Arrays kept between batches (the probabilities stay inside; the gradient is read before the next batch). */
    private final Reusable probabilitiesKept = new Reusable();
    private final Reusable gradientKept = new Reusable();

    @Override
    public double forward(INDArray logits, INDArray target) {
        this.target = target;
        if (FloatLoops.applies(logits, target)) {
            return forwardInLoop(logits, target);
        }
        INDArray shifted = logits.subColumnVector(logits.max(true, 1));
        INDArray logSum = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
        INDArray logProbabilities = shifted.subColumnVector(logSum);
        this.probabilities = Transforms.exp(logProbabilities, true);
        return -logProbabilities.mul(target).sumNumber().doubleValue() / logits.rows();
    }

    /** The same formula row by row in one pass (a batch of logits is a few hundred numbers). */
    private double forwardInLoop(INDArray logits, INDArray target) {
        FloatBuffer z = FloatLoops.view(logits);
        FloatBuffer t = FloatLoops.view(target);
        probabilities = probabilitiesKept.like(logits);
        FloatBuffer p = FloatLoops.view(probabilities);
        int rows = (int) logits.rows();
        int cols = (int) logits.columns();
        double loss = 0;
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < cols; c++) {
                max = Math.max(max, z.get(base + c));
            }
            double sum = 0;
            for (int c = 0; c < cols; c++) {
                sum += Math.exp(z.get(base + c) - max);
            }
            double logSum = Math.log(sum);
            for (int c = 0; c < cols; c++) {
                double logP = z.get(base + c) - max - logSum;
                p.put(base + c, (float) Math.exp(logP));
                loss -= logP * t.get(base + c);
            }
        }
        return loss / rows;
    }

    @Override
    public INDArray backward() {
        if (FloatLoops.applies(probabilities, target)) {
            INDArray grad = gradientKept.like(probabilities);
            FloatBuffer g = FloatLoops.view(grad);
            FloatBuffer p = FloatLoops.view(probabilities);
            FloatBuffer t = FloatLoops.view(target);
            float rows = target.rows();
            for (int i = 0, n = (int) grad.length(); i < n; i++) {
                g.put(i, (p.get(i) - t.get(i)) / rows);
            }
            return grad;
        }
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
