package org.neurallab.engine.loss;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Sigmoid followed by binary cross-entropy, on logits. Written as
 * max(z, 0) - z*t + log(1 + exp(-|z|)), which never overflows; the gradient is (sigmoid(z) - t) / n.
 */
public final class BinaryCrossEntropy implements Loss {
    private INDArray probabilities;
    private INDArray target;

    @Override
    public double forward(INDArray logits, INDArray target) {
        this.target = target;
        this.probabilities = Transforms.sigmoid(logits, true);
        INDArray softplus = Transforms.log(Transforms.exp(Transforms.abs(logits, true).negi(), false).addi(1), false);
        INDArray loss = Transforms.relu(logits, true).subi(logits.mul(target)).addi(softplus);
        return loss.sumNumber().doubleValue() / logits.length();
    }

    @Override
    public INDArray backward() {
        return probabilities.sub(target).divi(target.length());
    }

    @Override
    public INDArray activate(INDArray logits) {
        return Transforms.sigmoid(logits, true);
    }
}
