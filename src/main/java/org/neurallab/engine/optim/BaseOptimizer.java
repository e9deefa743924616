package org.neurallab.engine.optim;

import java.util.IdentityHashMap;
import java.util.Map;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.layers.Param;

/** Learning-rate handling and per-parameter state kept outside any workspace. */
abstract class BaseOptimizer implements Optimizer {
    private double learningRate;
    private final Map<Param, INDArray[]> state = new IdentityHashMap<>();

    BaseOptimizer(double learningRate) {
        setLearningRate(learningRate);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public final void setLearningRate(double learningRate) {
        OptimizerSpec.checkLearningRate(learningRate);
        this.learningRate = learningRate;
    }

    /** Zero-filled state arrays for a parameter, made once and kept alive between steps. */
    INDArray[] state(Param p, int count) {
        return state.computeIfAbsent(p, key -> {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                INDArray[] arrays = new INDArray[count];
                for (int i = 0; i < count; i++) {
                    arrays[i] = key.value().ulike().assign(0);
                }
                return arrays;
            }
        });
    }

}
