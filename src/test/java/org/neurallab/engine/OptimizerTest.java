package org.neurallab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.layers.Param;
import org.neurallab.engine.optim.OptimizerSpec;
import org.neurallab.engine.optim.OptimizerType;

/** Each optimizer's update matches its textbook formula, worked by hand for one weight. */
class OptimizerTest {

    private static double[] run(OptimizerType type, double lr, double[] grads) {
        Engine.warmUp();
        Param p = new Param("w", Nd4j.createFromArray(1.0).reshape(1, 1).castTo(DataType.DOUBLE), true);
        var opt = new OptimizerSpec(type, lr).create();
        double[] values = new double[grads.length];
        for (int i = 0; i < grads.length; i++) {
            p.grad().assign(grads[i]);
            opt.step(List.of(p));
            values[i] = p.value().getDouble(0);
        }
        return values;
    }

    @Test
    void sgdMomentumAdamAndRmsPropFollowTheirFormulas() {
        double[] g = {0.5, -0.2, 0.3};
        double lr = 0.1;
        double w = 1;
        double[] sgd = run(OptimizerType.SGD, lr, g);
        double v = 0;
        double[] mom = run(OptimizerType.MOMENTUM, lr, g);
        double[] adam = run(OptimizerType.ADAM, lr, g);
        double[] rms = run(OptimizerType.RMSPROP, lr, g);
        double wm = 1;
        double wa = 1;
        double m1 = 0;
        double m2 = 0;
        double wr = 1;
        double s = 0;
        for (int t = 1; t <= g.length; t++) {
            double gi = g[t - 1];
            w -= lr * gi;
            assertThat(sgd[t - 1]).isCloseTo(w, within(1e-12));
            v = 0.9 * v - lr * gi;
            wm += v;
            assertThat(mom[t - 1]).isCloseTo(wm, within(1e-12));
            m1 = 0.9 * m1 + 0.1 * gi;
            m2 = 0.999 * m2 + 0.001 * gi * gi;
            wa -= lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t)) * m1 / (Math.sqrt(m2) + 1e-7);
            assertThat(adam[t - 1]).as("adam step " + t).isCloseTo(wa, within(1e-9));
            s = 0.9 * s + 0.1 * gi * gi;
            wr -= lr * gi / (Math.sqrt(s) + 1e-7);
            assertThat(rms[t - 1]).isCloseTo(wr, within(1e-9));
        }
    }
}
