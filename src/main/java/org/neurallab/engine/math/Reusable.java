package org.neurallab.engine.math;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An array a layer keeps from one training batch to the next for one of its results (its output, its
 * input gradient), made again only when the batch shape changes. Making an ND4J array costs 10 to 40
 * microseconds whatever its size, a dozen of them per batch, which for a small network is as much as the
 * arithmetic; reusing them makes a training step allocate nothing.
 *
 * <p>The array lives outside any workspace and is overwritten by the next batch, so layers use it only while
 * training (where nothing outlives the step); inference makes fresh arrays, which callers may keep.
 * Its contents are not cleared: the user overwrites every element.
 */
public final class Reusable {
    private INDArray array;

    /** The kept array if it has this type and shape, else a new one (uninitialised). */
    public INDArray get(DataType type, long... shape) {
        if (array == null || array.dataType() != type || !Arrays.equals(array.shape(), shape)) {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                array = Nd4j.createUninitialized(type, shape);
            }
        }
        return array;
    }

    /** {@link #get} with the type and shape of {@code like}. */
    public INDArray like(INDArray like) {
        return get(like.dataType(), like.shape());
    }
}
