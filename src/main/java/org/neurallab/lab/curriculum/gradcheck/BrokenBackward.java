package org.neurallab.lab.curriculum.gradcheck;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.layers.Layer;
import org.neurallab.engine.Sequential;

/**
 * A deliberately wrong backward pass for the demonstration, written here and never in the engine: the
 * first layer's gradients are computed as if its activation were the identity, forgetting the factor
 * f'(z) of the chain rule, which is a classic hand-written backprop bug. The second layer stays right,
 * so the check shows exactly which parameters are wrong.
 */
final class BrokenBackward {
    private BrokenBackward() {
    }

    /**
     * Replaces the analytic gradients of W1 and b1 (indices 0 and 1) with the buggy ones.
     *
     * @param lossGradient dL/d(logits) of the forward pass just run
     */
    static void replaceFirstLayer(Sequential model, INDArray x, INDArray lossGradient, List<INDArray> analytic) {
        Layer second = model.layers().get(1);
        INDArray intoSecond = second.backward(lossGradient); // dL/d(hidden output), computed correctly
        // the bug: dL/dz1 should be intoSecond * f'(z1); here the factor is dropped
        INDArray dz = intoSecond;
        analytic.set(0, x.transpose().mmul(dz));
        analytic.set(1, dz.sum(true, 0));
    }
}
