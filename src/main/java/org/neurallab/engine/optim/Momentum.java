package org.neurallab.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.neurallab.engine.layers.Param;

/** Momentum: v = mu * v - lr * grad; w = w + v. A ball rolling downhill keeps some of its speed. */
public final class Momentum extends BaseOptimizer {
    private final double momentum;

    public Momentum(double learningRate, double momentum) {
        super(learningRate);
        this.momentum = momentum;
    }

    @Override
    int stateCount() {
        return 1;
    }

    @Override
    void stepWithNd4j(Param p) {
        INDArray v = state(p, 1)[0];
        v.muli(momentum).subi(p.grad().mul(learningRate()));
        p.value().addi(v);
    }

    @Override
    void update(float[] w, float[] g, int count, float[][] state) {
        float[] v = state[0];
        float mu = (float) momentum;
        float lr = (float) learningRate();
        for (int i = 0; i < count; i++) {
            float vi = mu * v[i] - lr * g[i];
            v[i] = vi;
            w[i] += vi;
        }
    }
}
