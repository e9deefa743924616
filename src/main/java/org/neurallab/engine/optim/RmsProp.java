package org.neurallab.engine.optim;

import java.util.List;
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
    public void step(List<Param> params) {
        for (Param p : params) {
            INDArray s = state(p, 1)[0];
            INDArray g = p.grad();
            s.muli(rho).addi(g.mul(g).muli(1 - rho));
            p.value().subi(g.mul(learningRate()).divi(Transforms.sqrt(s, true).addi(epsilon)));
        }
    }
}
