package org.neurallab.engine.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.engine.activation.FloatLoops;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.math.Gemm;
import org.neurallab.engine.math.Reusable;
import org.neurallab.engine.model.LayerSpec;

/**
 * A fully connected layer (the book's Affine plus an activation): y = f(x W + b).
 * Backward: dz = dy * f'(z), dW = x^T dz, db = column sums of dz, dx = dz W^T.
 */
public final class Dense implements Layer {
    private final LayerSpec.Dense spec;
    private final Activation activation;
    private Param weights;
    private Param bias;
    private INDArray x;
    private INDArray z;
    private INDArray y;
    private final Reusable zKept = new Reusable();
    private final Reusable yKept = new Reusable();
    private final Reusable dzKept = new Reusable();
    private final Reusable dxKept = new Reusable();

    /**
     * @param outputLogits skip a softmax activation because the loss applies it (Keras' usual
     *                     {@code Dense(10, activation="softmax")} before a cross-entropy loss)
     */
    Dense(LayerSpec.Dense spec, boolean outputLogits) {
        this.spec = spec;
        this.activation = outputLogits && spec.activation() == Activation.SOFTMAX ? Activation.LINEAR : spec.activation();
    }

    @Override
    public int[] build(int[] inputShape, Initializer init) {
        int[] out = outputShape(inputShape);
        int in = inputShape[0];
        weights = new Param("W", init.forActivation(activation, new long[] {in, spec.units()}, in, spec.units()), true);
        bias = new Param("b", init.zeros(1, spec.units()), false);
        return out;
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        x = input;
        long[] shape = {input.rows(), spec.units()};
        // while training, results go into arrays kept from the last batch; inference makes new ones
        z = training ? zKept.get(input.dataType(), shape) : Nd4j.createUninitialized(input.dataType(), shape);
        Gemm.into(input, false, weights.value(), false, z, 0.0);
        if (FloatLoops.applies(z, bias.value()) && FloatLoops.activatesInLoop(activation)) {
            // float32: bias and activation in one pass over z instead of two ND4J calls
            y = activation == Activation.LINEAR ? z : training ? yKept.like(z) : z.ulike();
            FloatLoops.biasAndActivate(z, bias.value(), activation, y);
            return y;
        }
        z.addiRowVector(bias.value());
        y = activation == Activation.LINEAR ? z : activation.forward(z);
        return y;
    }

    @Override
    public INDArray backward(INDArray dout) {
        return backward(dout, true);
    }

    @Override
    public INDArray backward(INDArray dout, boolean inputGradientNeeded) {
        INDArray dz;
        if (activation == Activation.LINEAR) {
            dz = dout;
        } else if (activation.isElementWise() && FloatLoops.applies(z, y, dout)) {
            dz = dzKept.like(dout);
            FloatLoops.activationGradient(activation, z, y, dout, dz);
        } else {
            dz = activation.backward(z, y, dout);
        }
        Gemm.into(x, true, dz, false, weights.grad(), 0.0);
        if (FloatLoops.applies(dz, bias.grad())) {
            FloatLoops.columnSums(dz, spec.units(), bias.grad());
        } else {
            bias.grad().assign(dz.sum(true, 0));
        }
        if (!inputGradientNeeded) {
            return null;
        }
        INDArray dx = dxKept.get(dz.dataType(), x.rows(), x.columns());
        Gemm.into(dz, false, weights.value(), true, dx, 0.0);
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(weights, bias);
    }

    @Override
    public LayerSpec.Dense spec() {
        return spec;
    }

    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }
}
