package org.neurallab.engine.activation;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element-wise work on float32 arrays as one Java loop over their off-heap memory, without a copy.
 *
 * <p>Why: each ND4J operation costs tens of microseconds of call and thread overhead whatever its size,
 * while adding a bias and applying ReLU to a 32 x 512 batch is a few microseconds of plain arithmetic.
 * So the batch-sized steps that are several ND4J calls in the textbook form (bias, activation, its
 * derivative, dropout, the loss) are one loop here; the big matrix products stay with BLAS. Layers use
 * these only when {@link #applies} (float32, dense row-major); otherwise, as for the float64 gradient
 * checks, they take the ND4J form, which computes the same numbers.
 */
public final class FloatLoops {
    private FloatLoops() {
    }

    /** Whether every array is float32, row-major, dense and at offset 0, so its memory reads as a flat buffer. */
    public static boolean applies(INDArray... arrays) {
        for (INDArray a : arrays) {
            // a reshaped array is a "view" of the same memory, which is fine as long as it starts at its start
            if (a == null || a.dataType() != DataType.FLOAT || a.ordering() != 'c' || a.offset() != 0
                    || a.elementWiseStride() != 1 || a.data().length() < a.length()) {
                return false;
            }
        }
        return true;
    }

    /** The array's elements in row-major order, read and written in place. */
    public static FloatBuffer view(INDArray a) {
        return a.data().asNioFloat();
    }

    /**
     * y = f(z + bias) row by row, also leaving z + bias in z; z and y may be the same array. A null bias
     * adds nothing. f must be one {@link #activatesInLoop} accepts.
     */
    public static void biasAndActivate(INDArray z, INDArray bias, Activation f, INDArray y) {
        biasAndActivate(z, bias, 1, f, y);
    }

    /**
     * The same with each bias value applied to {@code repeat} consecutive elements: for an NCHW convolution
     * output, bias c is added to the whole feature map c of every image (repeat = height * width).
     */
    public static void biasAndActivate(INDArray z, INDArray bias, int repeat, Activation f, INDArray y) {
        if (!activatesInLoop(f)) {
            throw new IllegalArgumentException(f + " is not computed in a loop");
        }
        FloatBuffer zb = view(z);
        FloatBuffer yb = view(y);
        int n = (int) z.length();
        if (bias != null) {
            FloatBuffer bb = view(bias);
            int width = (int) bias.length();
            for (int i = 0; i < n; ) {
                for (int j = 0; j < width; j++) {
                    float b = bb.get(j);
                    for (int r = 0; r < repeat; r++, i++) {
                        zb.put(i, zb.get(i) + b);
                    }
                }
            }
        }
        float slope = f == Activation.LEAKY_RELU ? (float) Activation.LEAKY_SLOPE : 0f;
        if (f == Activation.LINEAR) {
            if (y != z) {
                for (int i = 0; i < n; i++) {
                    yb.put(i, zb.get(i));
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            float v = zb.get(i);
            yb.put(i, v > 0 ? v : slope * v);
        }
    }

    /** Whether {@link #biasAndActivate} computes f itself (the others need exp or tanh, which ND4J does faster). */
    public static boolean activatesInLoop(Activation f) {
        return f == Activation.LINEAR || f == Activation.RELU || f == Activation.LEAKY_RELU;
    }

    /**
     * dL/dz = dL/dy * f'(z) in one pass (f' from z or y as {@link Activation#derivative} says) into {@code dz}.
     * Softmax and step are not element-wise and are not handled here.
     */
    public static void activationGradient(Activation f, INDArray z, INDArray y, INDArray dout, INDArray dz) {
        FloatBuffer zb = view(z);
        FloatBuffer yb = view(y);
        FloatBuffer db = view(dout);
        FloatBuffer out = view(dz);
        int n = (int) dout.length();
        float slope = (float) Activation.LEAKY_SLOPE;
        float alpha = (float) Activation.ELU_ALPHA;
        switch (f) {
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    out.put(i, zb.get(i) > 0 ? db.get(i) : 0f);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    out.put(i, zb.get(i) > 0 ? db.get(i) : slope * db.get(i));
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    float v = yb.get(i);
                    out.put(i, db.get(i) * v * (1f - v));
                }
            }
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    float v = yb.get(i);
                    out.put(i, db.get(i) * (1f - v * v));
                }
            }
            case ELU -> {
                for (int i = 0; i < n; i++) {
                    out.put(i, zb.get(i) > 0 ? db.get(i) : db.get(i) * (yb.get(i) + alpha));
                }
            }
            case LINEAR -> {
                for (int i = 0; i < n; i++) {
                    out.put(i, db.get(i));
                }
            }
            default -> throw new IllegalArgumentException(f + " is not element-wise");
        }
    }

    /** out = a * m element by element, m a Java array (a dropout mask); out may be a. */
    public static void multiply(INDArray a, double[] m, INDArray out) {
        FloatBuffer ab = view(a);
        FloatBuffer ob = view(out);
        for (int i = 0; i < m.length; i++) {
            ob.put(i, ab.get(i) * (float) m[i]);
        }
    }

    /** Column sums of a [rows, width] array (a bias gradient) written into {@code sums} (length width). */
    public static void columnSums(INDArray a, int width, INDArray sums) {
        channelSums(a, width, 1, sums);
    }

    /**
     * Sums of each run of {@code repeat} elements belonging to the same one of {@code width} channels, over
     * the whole array, into {@code sums}: a convolution's bias gradient from an NCHW gradient (repeat =
     * height * width), or with repeat 1 the column sums of a matrix.
     */
    public static void channelSums(INDArray a, int width, int repeat, INDArray sums) {
        FloatBuffer ab = view(a);
        FloatBuffer sb = view(sums);
        int n = (int) a.length();
        double[] acc = new double[width];
        for (int i = 0; i < n; ) {
            for (int j = 0; j < width; j++) {
                float s = 0;
                for (int r = 0; r < repeat; r++, i++) {
                    s += ab.get(i);
                }
                acc[j] += s;
            }
        }
        for (int j = 0; j < width; j++) {
            sb.put(j, (float) acc[j]);
        }
    }
}
