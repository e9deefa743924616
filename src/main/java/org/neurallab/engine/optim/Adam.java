package org.neurallab.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
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
    /** lr * sqrt(1 - beta2^t) / (1 - beta1^t): the learning rate with both corrections for this step. */
    private double correctedRate;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    void beginStep() {
        t++;
        correctedRate = learningRate() * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
    }

    @Override
    int stateCount() {
        return 2;
    }

    //   m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2
    //   w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)
    @Override
    void stepWithNd4j(Param p) {
        INDArray[] s = state(p, 2);
        INDArray g = p.grad();
        s[0].muli(beta1).addi(g.mul(1 - beta1));
        s[1].muli(beta2).addi(g.mul(g).muli(1 - beta2));
        p.value().subi(s[0].mul(correctedRate).divi(Transforms.sqrt(s[1], true).addi(epsilon)));
    }

    @Override
    void update(float[] w, float[] g, int count, float[][] state) {
        float[] m = state[0];
        float[] v = state[1];
        float b1 = (float) beta1;
        float c1 = (float) (1 - beta1);
        float b2 = (float) beta2;
        float c2 = (float) (1 - beta2);
        float rate = (float) correctedRate;
        float eps = (float) epsilon;
        for (int i = 0; i < count; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w[i] -= rate * mi / ((float) Math.sqrt(vi) + eps);
        }
    }
}
