package org.neurallab.engine.activation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The activation functions of lecture 002, each with its derivative. The scalar forms
 * ({@link #apply(double)}, {@link #derivative(double, double)}) serve plots and the plain-Java
 * small-network backend; the array forms serve ND4J layers. Both compute the same thing.
 */
public enum Activation {
    LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU, ELU, SOFTMAX,
    /** The perceptron's step function: forward only, its derivative is zero almost everywhere. */
    STEP;

    public static final double LEAKY_SLOPE = 0.01;
    public static final double ELU_ALPHA = 1.0;

    public boolean prefersHeInit() {
        return this == RELU || this == LEAKY_RELU || this == ELU;
    }

    /** f(z) for one number. Softmax needs the whole vector, so here it is the identity. */
    public double apply(double z) {
        switch (this) {
            case SIGMOID: return 1.0 / (1.0 + Math.exp(-z));
            case TANH: return Math.tanh(z);
            case RELU: return Math.max(0.0, z);
            case LEAKY_RELU: return z > 0 ? z : LEAKY_SLOPE * z;
            case ELU: return z > 0 ? z : ELU_ALPHA * (Math.exp(z) - 1.0);
            case STEP: return z > 0 ? 1.0 : 0.0;
            default: return z;
        }
    }

    /** f'(z), given z and y = f(z) (whichever is cheaper to use). */
    public double derivative(double z, double y) {
        switch (this) {
            case SIGMOID: return y * (1.0 - y);
            case TANH: return 1.0 - y * y;
            case RELU: return z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU: return z > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU: return z > 0 ? 1.0 : y + ELU_ALPHA;
            case STEP: return 0.0;
            default: return 1.0;
        }
    }

    /** f applied to a batch; rows are examples (softmax works per row). Returns a new array. */
    public INDArray forward(INDArray z) {
        if (FloatLoops.activatesInLoop(this) && FloatLoops.applies(z)) {
            INDArray y = z.ulike();
            FloatLoops.biasAndActivate(z, null, this, y);
            return y;
        }
        switch (this) {
            case SIGMOID: return Transforms.sigmoid(z, true);
            case TANH: return Transforms.tanh(z, true);
            case RELU: return Transforms.relu(z, true);
            case LEAKY_RELU: return Transforms.leakyRelu(z, LEAKY_SLOPE, true);
            case ELU: {
                INDArray positive = positiveMask(z);
                INDArray negative = Transforms.exp(Transforms.min(z, 0.0, true), false).subi(1).muli(ELU_ALPHA);
                return z.mul(positive).addi(negative.muli(positive.rsub(1)));
            }
            case SOFTMAX: return softmaxRows(z);
            case STEP: return positiveMask(z);
            default: return z.dup();
        }
    }

    /** Whether f' at each element depends on that element alone (all but softmax and the step). */
    public boolean isElementWise() {
        return this != SOFTMAX && this != STEP;
    }

    /** dL/dz from dL/dy, given the forward input z and output y. Returns a new array. */
    public INDArray backward(INDArray z, INDArray y, INDArray dout) {
        if (isElementWise() && FloatLoops.applies(z, y, dout)) {
            INDArray dz = dout.ulike();
            FloatLoops.activationGradient(this, z, y, dout, dz);
            return dz;
        }
        switch (this) {
            case SIGMOID: return dout.mul(y).muli(y.rsub(1));
            case TANH: return dout.mul(y.mul(y).rsubi(1));
            case RELU: return dout.mul(positiveMask(z));
            case LEAKY_RELU: return dout.mul(positiveMask(z).muli(1 - LEAKY_SLOPE).addi(LEAKY_SLOPE));
            case ELU: {
                INDArray positive = positiveMask(z);
                INDArray slope = positive.add(y.add(ELU_ALPHA).muli(positive.rsub(1)));
                return dout.mul(slope);
            }
            case SOFTMAX: {
                // dz = y * (dout - sum(dout * y)) row by row: the softmax Jacobian times dout.
                INDArray dot = dout.mul(y).sum(true, 1);
                return dout.subColumnVector(dot).muli(y);
            }
            case STEP:
                throw new IllegalStateException("The step function has no usable gradient; "
                        + "train with sigmoid, tanh or ReLU instead");
            default: return dout.dup();
        }
    }

    /** Softmax of each row, shifted by the row maximum so large inputs cannot overflow. */
    public static INDArray softmaxRows(INDArray z) {
        INDArray shifted = z.subColumnVector(z.max(true, 1));
        INDArray e = Transforms.exp(shifted, false);
        return e.diviColumnVector(e.sum(true, 1));
    }

    private static INDArray positiveMask(INDArray z) {
        return z.gt(0).castTo(z.dataType());
    }

    /** Lower-case name as written in model files and the CLI ("relu", "leaky_relu"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id().equalsIgnoreCase(id.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown activation '" + id + "'; allowed: "
                + java.util.Arrays.stream(values()).map(Activation::id).toList());
    }
}
