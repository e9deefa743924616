package org.neurallab.engine.layers;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.Shapes;

/**
 * A 2-D convolution over NCHW batches, done as in the lectures' im2col: every k x k patch becomes a
 * column, so all filters on all positions are one matrix multiply W[filters, C*k*k] x cols.
 * Backward: dW = dz cols^T, db = sums of dz, dx = col2im(W^T dz).
 */
public final class Conv2D implements Layer {
    private final LayerSpec.Conv2D spec;
    private final Activation activation;
    private Param weights;
    private Param bias;
    private int[] inputShape;
    private Im2Col geometry;
    private INDArray cols;
    private INDArray z;
    private INDArray y;

    Conv2D(LayerSpec.Conv2D spec) {
        this.spec = spec;
        this.activation = spec.activation();
    }

    @Override
    public int[] build(int[] in, Initializer init) {
        int[] out = outputShape(in);
        inputShape = in.clone();
        int k = spec.kernel();
        int f = spec.filters();
        weights = new Param("W", init.forActivation(activation, new long[] {f, in[0], k, k},
                in[0] * k * k, f * k * k), true);
        bias = new Param("b", init.zeros(1, f), false);
        return out;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        int n = (int) x.size(0);
        if (geometry == null || geometry.batch != n) { // the gather map is kept while the batch size stays
            geometry = new Im2Col(n, inputShape[0], inputShape[1], inputShape[2], spec.kernel(), spec.stride(),
                    spec.padding().amount(spec.kernel()));
        }
        int f = spec.filters();
        long[] colShape = {n, geometry.rows(), geometry.area()};
        if (FloatLoops.applies(x)) {
            cols = Nd4j.create(DataType.FLOAT, colShape);
            geometry.columnsOf(FloatLoops.view(x), FloatLoops.view(cols));
        } else {
            cols = HostArrays.fromDoubles(geometry.columnsOf(HostArrays.toDoubles(x)), colShape, x.dataType());
        }
        INDArray w2 = weights.value().reshape('c', f, geometry.rows());
        // One multiply per image writes straight into NCHW order, so no transpose of the big output is needed.
        INDArray z3 = Nd4j.create(x.dataType(), n, f, geometry.area());
        for (int i = 0; i < n; i++) {
            Nd4j.gemm(w2, cols.slice(i), z3.slice(i), false, false, 1.0, 0.0);
        }
        z3.addi(bias.value().reshape(1, f, 1));
        z = z3.reshape('c', n, f, geometry.outHeight, geometry.outWidth);
        y = activation == Activation.LINEAR ? z : activation.forward(z);
        return y;
    }

    @Override
    public INDArray backward(INDArray dout) {
        return backward(dout, true);
    }

    @Override
    public INDArray backward(INDArray dout, boolean inputGradientNeeded) {
        INDArray dz = activation == Activation.LINEAR ? dout : activation.backward(z, y, dout);
        int n = geometry.batch;
        int f = spec.filters();
        INDArray dz3 = dz.reshape('c', n, f, geometry.area());
        INDArray w2 = weights.value().reshape('c', f, geometry.rows());
        INDArray dw = Nd4j.create(dz.dataType(), f, geometry.rows());
        INDArray dcols = inputGradientNeeded ? Nd4j.create(dz.dataType(), n, geometry.rows(), geometry.area()) : null;
        for (int i = 0; i < n; i++) {
            INDArray dzi = dz3.slice(i);
            Nd4j.gemm(dzi, cols.slice(i), dw, false, true, 1.0, i == 0 ? 0.0 : 1.0);
            if (inputGradientNeeded) {
                Nd4j.gemm(w2, dzi, dcols.slice(i), true, false, 1.0, 0.0);
            }
        }
        weights.grad().assign(dw.reshape('c', weights.value().shape()));
        bias.grad().assign(dz3.sum(0, 2).reshape(1, f));
        if (!inputGradientNeeded) {
            return null;
        }
        if (FloatLoops.applies(dcols)) {
            INDArray dx = Nd4j.create(DataType.FLOAT, Shapes.batchShape(n, inputShape));
            geometry.imageOf(FloatLoops.view(dcols), FloatLoops.view(dx));
            return dx;
        }
        double[] dx = geometry.imageOf(HostArrays.toDoubles(dcols));
        return HostArrays.fromDoubles(dx, Shapes.batchShape(n, inputShape), dout.dataType());
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public LayerSpec.Conv2D spec() {
        return spec;
    }

    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }
}
