package org.neurallab.engine.optim;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.layers.Param;

/**
 * Adam: running means of the gradient (m) and of its square (v), corrected for their start at zero;
 * each weight moves by lr * m / (sqrt(v) + eps).
 */
public final class Adam extends BaseOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private long t;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void step(List<Param> params) {
        t++;
        for (Param p : params) {
            INDArray[] s = state(p, 2);
            // ND4J's fused Adam op does in one pass over the array what the formula below says; it turns
            // the gradient into the update in place and advances both moments.
            //   m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2
            //   w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)
            Nd4j.exec(new AdamUpdater(p.grad(), s[1], s[0], learningRate(), beta1, beta2, epsilon, (int) (t - 1)));
            p.value().subi(p.grad());
        }
    }
}
