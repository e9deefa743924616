package org.neurallab.engine.optim;

import org.neurallab.engine.layers.Param;

/** Plain gradient descent: w = w - lr * dL/dw. */
public final class Sgd extends BaseOptimizer {
    public Sgd(double learningRate) {
        super(learningRate);
    }

    @Override
    int stateCount() {
        return 0;
    }

    @Override
    void stepWithNd4j(Param p) {
        p.value().subi(p.grad().mul(learningRate()));
    }

    @Override
    void update(float[] w, float[] g, int count, float[][] state) {
        float lr = (float) learningRate();
        for (int i = 0; i < count; i++) {
            w[i] -= lr * g[i];
        }
    }
}
