package org.neurallab.engine.optim;

import java.util.List;
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
    public void step(List<Param> params) {
        for (Param p : params) {
            INDArray v = state(p, 1)[0];
            v.muli(momentum).subi(p.grad().mul(learningRate()));
            p.value().addi(v);
        }
    }
}
