package org.neurallab.engine;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Looks inside one training step of {@link Sequential#trainStep(INDArray, INDArray,
 * org.neurallab.engine.optim.Optimizer, org.neurallab.engine.optim.Regularization, StepProbe)} while its
 * arrays are alive: what each layer put out for the batch, the gradients the backward pass filled, and the
 * weights before and after the update. Called on the training thread, inside the step's workspace: read
 * the arrays, copy what is kept into plain Java values, and keep no INDArray.
 */
public interface StepProbe {

    /** Asked once per step after backward and before the update: whether to look at this step at all. */
    boolean wanted();

    /**
     * The step's gradients are filled and the weights are not yet updated.
     *
     * @param outputs each layer's output for this batch (training mode), in layer order
     */
    void beforeUpdate(Sequential model, List<INDArray> outputs);

    /** The optimizer has updated the weights of the same step. */
    void afterUpdate(Sequential model);
}
