package org.neurallab.engine.optim;

import java.nio.FloatBuffer;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.layers.Param;

/**
 * Adam: running means of the gradient (m) and of its square (v), corrected for their start at zero;
 * each weight moves by lr * m / (sqrt(v) + eps).
 */
public final class Adam extends BaseOptimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    /** Parameters up to this size are updated in a Java loop. */
    static final long SMALL = 1 << 14;
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
            if (p.size() <= SMALL && FloatLoops.applies(p.value(), p.grad(), s[0], s[1])) {
                stepInLoop(p, s[0], s[1]);
                continue;
            }
            Nd4j.exec(new AdamUpdater(p.grad(), s[1], s[0], learningRate(), beta1, beta2, epsilon, (int) (t - 1)));
            p.value().subi(p.grad());
        }
    }

    /** The same update in one Java pass, for biases and small weights where two ND4J calls cost more. */
    private void stepInLoop(Param p, INDArray mState, INDArray vState) {
        FloatBuffer w = FloatLoops.view(p.value());
        FloatBuffer g = FloatLoops.view(p.grad());
        FloatBuffer m = FloatLoops.view(mState);
        FloatBuffer v = FloatLoops.view(vState);
        double rate = learningRate() * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        for (int i = 0, n = (int) p.size(); i < n; i++) {
            double gi = g.get(i);
            double mi = beta1 * m.get(i) + (1 - beta1) * gi;
            double vi = beta2 * v.get(i) + (1 - beta2) * gi * gi;
            m.put(i, (float) mi);
            v.put(i, (float) vi);
            w.put(i, (float) (w.get(i) - rate * mi / (Math.sqrt(vi) + epsilon)));
        }
    }
}
