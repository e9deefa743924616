package org.neurallab.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurallab.engine.layers.Param;

/** RMSProp: divides each step by a running root-mean-square of recent gradients. */
public final class RmsProp extends BaseOptimizer {
    private final double rho;
    private final double epsilon;

    public RmsProp(double learningRate, double rho, double epsilon) {
        super(learningRate);
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    int stateCount() {
        return 1;
    }

    @Override
    void stepWithNd4j(Param p) {
        INDArray s = state(p, 1)[0];
        INDArray g = p.grad();
        s.muli(rho).addi(g.mul(g).muli(1 - rho));
        p.value().subi(g.mul(learningRate()).divi(Transforms.sqrt(s, true).addi(epsilon)));
    }

    @Override
    void update(float[] w, float[] g, int count, float[][] state) {
        float[] s = state[0];
        float r = (float) rho;
        float r1 = (float) (1 - rho);
        float lr = (float) learningRate();
        float eps = (float) epsilon;
        for (int i = 0; i < count; i++) {
            float gi = g[i];
            float si = r * s[i] + r1 * gi * gi;
            s[i] = si;
            w[i] -= lr * gi / ((float) Math.sqrt(si) + eps);
        }
    }
}
