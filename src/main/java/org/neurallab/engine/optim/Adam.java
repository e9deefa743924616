package org.neurallab.engine.optim;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.neurallab.engine.Param;

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
        double correctedRate = learningRate() * Math.sqrt(1 - Math.pow(beta2, t)) / (1 - Math.pow(beta1, t));
        for (Param p : params) {
            INDArray[] s = state(p, 2);
            INDArray m = s[0];
            INDArray v = s[1];
            INDArray g = p.grad();
            m.muli(beta1).addi(g.mul(1 - beta1));
            v.muli(beta2).addi(g.mul(g).muli(1 - beta2));
            p.value().subi(m.mul(correctedRate).divi(Transforms.sqrt(v, true).addi(epsilon)));
        }
    }
}
