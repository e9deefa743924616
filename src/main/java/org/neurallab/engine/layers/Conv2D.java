package org.neurallab.engine.layers;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.math.Gemm;
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
            cols = Nd4j.createUninitialized(DataType.FLOAT, colShape);
            geometry.columnsOf(FloatLoops.view(x), FloatLoops.view(cols));
        } else {
            cols = HostArrays.fromDoubles(geometry.columnsOf(HostArrays.toDoubles(x)), colShape, x.dataType());
        }
        // The same filters times each image's columns, one BLAS call per image straight into NCHW order.
        INDArray z3 = Nd4j.createUninitialized(x.dataType(), n, f, geometry.area());
        Gemm.eachOf(filterMatrix(weights.value()), false, cols, false, z3, 0.0);
        z = z3.reshape('c', n, f, geometry.outHeight, geometry.outWidth);
        if (FloatLoops.applies(z3, bias.value()) && FloatLoops.activatesInLoop(activation)) {
            y = activation == Activation.LINEAR ? z : z.ulike();
            FloatLoops.biasAndActivate(z, bias.value(), geometry.area(), activation, y);
            return y;
        }
        z3.addi(bias.value().reshape(1, f, 1));
        z = z3.reshape('c', n, f, geometry.outHeight, geometry.outWidth);
        y = activation == Activation.LINEAR ? z : activation.forward(z);
        return y;
    }

    /** The weights [filters, channels, k, k] as the matrix [filters, channels * k * k] (same memory). */
    private INDArray filterMatrix(INDArray w) {
        return w.reshape('c', spec.filters(), geometry.rows());
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
        // dW = sum over the batch of dz[i] cols[i]^T, accumulated by BLAS into the gradient itself
        Gemm.eachOf(dz3, false, cols, true, filterMatrix(weights.grad()), 0.0);
        if (FloatLoops.applies(dz3, bias.grad())) {
            FloatLoops.channelSums(dz3, f, geometry.area(), bias.grad());
        } else {
            bias.grad().assign(dz3.sum(0, 2).reshape(1, f));
        }
        if (!inputGradientNeeded) {
            return null;
        }
        INDArray dcols = Nd4j.createUninitialized(dz.dataType(), n, geometry.rows(), geometry.area());
        Gemm.eachOf(filterMatrix(weights.value()), true, dz3, false, dcols, 0.0);
        if (FloatLoops.applies(dcols)) {
            INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, Shapes.batchShape(n, inputShape));
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
