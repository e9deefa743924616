package org.neurallab.engine.activation;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element-wise work on float32 arrays as one Java loop over their off-heap memory.
 *
 * <p>Why: each ND4J operation costs tens of microseconds of call and thread overhead whatever its size,
 * while adding a bias and applying ReLU to a 32 x 512 batch is a few microseconds of plain arithmetic.
 * So the batch-sized steps that are several ND4J calls in the textbook form (bias, activation, its
 * derivative, dropout, the loss) are one loop here; the big matrix products stay with BLAS. Layers use
 * these only when {@link #applies} (float32, dense row-major); otherwise, as for the float64 gradient
 * checks, they take the ND4J form, which computes the same numbers.
 *
 * <p>The loops copy a piece of a few thousand values at a time (a row, a feature map, a chunk) into a Java
 * array with one block copy, work there and copy the result back: the JIT compiles a loop over Java arrays
 * that all use the same index into vector instructions, where reading element by element through a buffer
 * costs a bounds check and a call each.
 */
public final class FloatLoops {
    /** Values per chunk for plain element-wise loops: a few chunks of floats stay in the first-level cache. */
    static final int CHUNK = 2048;

    /** Work arrays per thread (a model trains on one thread, but two models may run on two). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

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
        Scratch scratch = SCRATCH.get();
        int width = bias == null ? 0 : (int) bias.length();
        float[] b = width == 0 ? null : scratch.c(width);
        if (b != null) {
            view(bias).get(0, b, 0, width);
        }
        // a piece is a row (its bias varies along it) or a feature map (one bias value for all of it)
        int piece = b == null ? CHUNK : repeat == 1 ? width : repeat;
        float[] v = scratch.a(piece);
        FloatBuffer zb = view(z);
        FloatBuffer yb = view(y);
        float slope = f == Activation.LEAKY_RELU ? (float) Activation.LEAKY_SLOPE : 0f;
        long n = z.length();
        for (long start = 0, k = 0; start < n; start += piece, k++) {
            int o = (int) start;
            int len = (int) Math.min(piece, n - start);
            zb.get(o, v, 0, len);
            if (b != null) {
                if (repeat == 1) {
                    for (int i = 0; i < len; i++) {
                        v[i] += b[i];
                    }
                } else {
                    float c = b[(int) (k % width)];
                    for (int i = 0; i < len; i++) {
                        v[i] += c;
                    }
                }
                zb.put(o, v, 0, len);
            }
            if (f != Activation.LINEAR) {
                for (int i = 0; i < len; i++) {
                    // max(z, 0) or max(z, 0.01 z), which compiles to vector instructions; + 0 turns -0 into 0
                    v[i] = Math.max(v[i], slope * v[i]) + 0f;
                }
            }
            if (y != z || f != Activation.LINEAR) {
                yb.put(o, v, 0, len);
            }
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
        if (f == Activation.SOFTMAX || f == Activation.STEP) {
            throw new IllegalArgumentException(f + " is not element-wise");
        }
        Scratch scratch = SCRATCH.get();
        float[] d = scratch.a(CHUNK);
        float[] zs = scratch.b(CHUNK);
        float[] ys = scratch.c(CHUNK);
        FloatBuffer zb = view(z);
        FloatBuffer yb = view(y);
        FloatBuffer db = view(dout);
        FloatBuffer out = view(dz);
        boolean needsZ = f == Activation.RELU || f == Activation.LEAKY_RELU || f == Activation.ELU;
        boolean needsY = f == Activation.SIGMOID || f == Activation.TANH || f == Activation.ELU;
        long n = dout.length();
        for (long start = 0; start < n; start += CHUNK) {
            int o = (int) start;
            int len = (int) Math.min(CHUNK, n - start);
            db.get(o, d, 0, len);
            if (needsZ) {
                zb.get(o, zs, 0, len);
            }
            if (needsY) {
                yb.get(o, ys, 0, len);
            }
            gradientChunk(f, d, zs, ys, len);
            out.put(o, d, 0, len);
        }
    }

    /** d[i] *= f'(z[i]), with f' from z or y. */
    private static void gradientChunk(Activation f, float[] d, float[] z, float[] y, int len) {
        float slope = (float) Activation.LEAKY_SLOPE;
        float alpha = (float) Activation.ELU_ALPHA;
        switch (f) {
            case RELU -> {
                for (int i = 0; i < len; i++) {
                    d[i] = z[i] > 0 ? d[i] : 0f;
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < len; i++) {
                    d[i] = z[i] > 0 ? d[i] : slope * d[i];
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < len; i++) {
                    d[i] = d[i] * y[i] * (1f - y[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < len; i++) {
                    d[i] = d[i] * (1f - y[i] * y[i]);
                }
            }
            case ELU -> {
                for (int i = 0; i < len; i++) {
                    d[i] = z[i] > 0 ? d[i] : d[i] * (y[i] + alpha);
                }
            }
            default -> {
                // linear: the gradient passes unchanged
            }
        }
    }

    /** out = a * m element by element, m a Java array (a dropout mask); out may be a. */
    public static void multiply(INDArray a, double[] m, INDArray out) {
        Scratch scratch = SCRATCH.get();
        float[] v = scratch.a(CHUNK);
        FloatBuffer ab = view(a);
        FloatBuffer ob = view(out);
        for (int start = 0; start < m.length; start += CHUNK) {
            int len = Math.min(CHUNK, m.length - start);
            ab.get(start, v, 0, len);
            for (int i = 0; i < len; i++) {
                v[i] *= (float) m[start + i];
            }
            ob.put(start, v, 0, len);
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
        Scratch scratch = SCRATCH.get();
        int piece = repeat == 1 ? width : repeat;
        float[] v = scratch.a(piece);
        float[] acc = scratch.c(width);
        java.util.Arrays.fill(acc, 0, width, 0f);
        FloatBuffer ab = view(a);
        long n = a.length();
        for (long start = 0, k = 0; start < n; start += piece, k++) {
            ab.get((int) start, v, 0, piece);
            if (repeat == 1) {
                for (int j = 0; j < width; j++) {
                    acc[j] += v[j];
                }
            } else {
                acc[(int) (k % width)] += sum(v, piece);
            }
        }
        view(sums).put(0, acc, 0, width);
    }

    /**
     * v[0] + ... + v[n - 1] with four running sums: one sum waits for each addition to finish before the next,
     * four keep the adder busy (the order of additions differs from a plain loop only by float rounding).
     */
    private static float sum(float[] v, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += v[i];
            s1 += v[i + 1];
            s2 += v[i + 2];
            s3 += v[i + 3];
        }
        for (; i < n; i++) {
            s0 += v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** How many rows of two [rows, cols] arrays have their largest value in the same column (first of ties). */
    public static int sameRowMaxima(INDArray a, INDArray b) {
        FloatBuffer ab = view(a);
        FloatBuffer bb = view(b);
        int rows = (int) a.rows();
        int cols = (int) a.columns();
        int same = 0;
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            if (argMax(ab, base, cols) == argMax(bb, base, cols)) {
                same++;
            }
        }
        return same;
    }

    private static int argMax(FloatBuffer values, int from, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (values.get(from + c) > values.get(from + best)) {
                best = c;
            }
        }
        return best;
    }

    /** Three growable work arrays. */
    private static final class Scratch {
        private float[] a = new float[CHUNK];
        private float[] b = new float[CHUNK];
        private float[] c = new float[CHUNK];

        float[] a(int n) {
            if (a.length < n) {
                a = new float[n];
            }
            return a;
        }

        float[] b(int n) {
            if (b.length < n) {
                b = new float[n];
            }
            return b;
        }

        float[] c(int n) {
            if (c.length < n) {
                c = new float[n];
            }
            return c;
        }
    }
}
