package org.neurallab.engine.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves whole arrays between ND4J and plain Java arrays. Loops such as im2col and pooling run on
 * Java arrays because reading INDArray elements one at a time costs microseconds each.
 */
final class HostArrays {
    private HostArrays() {
    }

    /** The elements in row-major (NCHW) order, as a fresh copy. */
    static double[] toDoubles(INDArray a) {
        INDArray c = a.ordering() == 'c' && !a.isView() && a.data().length() == a.length() ? a : a.dup('c');
        return c.data().asDouble();
    }

    static INDArray fromDoubles(double[] values, long[] shape, DataType dataType) {
        if (dataType == DataType.FLOAT) {
            // Narrowing in Java is cheaper than a double buffer plus a native cast for training-sized arrays.
            float[] narrow = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                narrow[i] = (float) values[i];
            }
            return Nd4j.create(narrow, shape, 'c');
        }
        return Nd4j.create(values, shape, dataType);
    }
}
