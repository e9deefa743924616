package org.neurallab.engine.math;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products straight through OpenBLAS's {@code cblas_sgemm} / {@code cblas_dgemm} on the arrays' own
 * memory: {@code c = op(a) op(b) + beta c}, where op transposes its matrix when asked.
 *
 * <p>Why: ND4J's {@code mmul}/{@code gemm} build an op, check and sometimes copy or reorder their arguments
 * and allocate the result before BLAS runs; for the small matrices of a 32-row batch that costs as much as
 * the arithmetic. Here a product is one native call. A transposed matrix is never copied: BLAS reads it
 * through its "transpose" flag, and an array ND4J keeps column-major (such as {@code w.transpose()}) is read
 * as the row-major transpose it is. This is the same OpenBLAS library and thread pool ND4J uses.
 *
 * <p>Arrays that BLAS cannot read in place (other data types, mixed types, strided views) go through ND4J,
 * which computes the same numbers.
 */
public final class Gemm {
    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
    private static final int TRANS = openblas_nolapack.CblasTrans;

    /** Reusable pointer objects per thread, so a product allocates nothing. */
    private static final ThreadLocal<Pointers> POINTERS = ThreadLocal.withInitial(Pointers::new);

    private Gemm() {
    }

    /** A new row-major array {@code op(a) op(b)} (in the current workspace, if one is open). */
    public static INDArray times(INDArray a, boolean transposeA, INDArray b, boolean transposeB) {
        long rows = transposeA ? a.columns() : a.rows();
        long cols = transposeB ? b.rows() : b.columns();
        INDArray c = Nd4j.createUninitialized(a.dataType(), rows, cols);
        into(a, transposeA, b, transposeB, c, 0.0);
        return c;
    }

    /**
     * {@code c = op(a) op(b) + beta c}, written into c. With beta 0, c's old contents are ignored (BLAS
     * does not read them), so c may be uninitialised memory.
     *
     * @throws IllegalArgumentException when the shapes do not fit
     */
    public static void into(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c, double beta) {
        Layout la = Layout.of(a);
        Layout lb = Layout.of(b);
        Layout lc = Layout.of(c);
        int m = (int) (transposeA ? a.columns() : a.rows());
        int k = (int) (transposeA ? a.rows() : a.columns());
        int kb = (int) (transposeB ? b.columns() : b.rows());
        int n = (int) (transposeB ? b.rows() : b.columns());
        if (k != kb || c.rank() != 2 || c.rows() != m || c.columns() != n) {
            throw new IllegalArgumentException("cannot multiply " + describe(a, transposeA) + " by "
                    + describe(b, transposeB) + " into " + java.util.Arrays.toString(c.shape()));
        }
        DataType type = c.dataType();
        boolean direct = la != null && lb != null && lc != null && !lc.transposed
                && (type == DataType.FLOAT || type == DataType.DOUBLE)
                && a.dataType() == type && b.dataType() == type;
        if (!direct) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, beta);
            return;
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) { // BLAS then only scales c
            c.muli(beta);
            return;
        }
        call(type, transposeA != la.transposed, transposeB != lb.transposed, m, n, k,
                address(a), la.leading, address(b), lb.leading, beta, address(c), lc.leading);
    }

    /**
     * The same product for every image of a batch, one BLAS call each on the arrays' memory (no view is
     * made): for i below the batch size, {@code c[i] = op(a[i]) op(b[i]) + beta c[i]}. A 3-D array
     * {@code [batch, rows, cols]} gives its i-th matrix, a 2-D one the same matrix every time. When c is
     * 2-D, the products are summed into it: {@code c = sum_i op(a[i]) op(b[i]) + beta c} (a weight gradient
     * over a batch).
     */
    public static void eachOf(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c,
                              double beta) {
        long batch = Math.max(a.rank() == 3 ? a.size(0) : 1, b.rank() == 3 ? b.size(0) : 1);
        Stack sa = Stack.of(a, batch);
        Stack sb = Stack.of(b, batch);
        Stack sc = Stack.of(c, batch);
        DataType type = c.dataType();
        if (sa == null || sb == null || sc == null || a.dataType() != type || b.dataType() != type
                || (type != DataType.FLOAT && type != DataType.DOUBLE)) {
            for (int i = 0; i < batch; i++) { // through ND4J views; the same numbers, more slowly
                into(matrix(a, i), transposeA, matrix(b, i), transposeB, matrix(c, i),
                        c.rank() == 2 && i > 0 ? 1.0 : beta);
            }
            return;
        }
        int m = (int) (transposeA ? sa.cols : sa.rows);
        int k = (int) (transposeA ? sa.rows : sa.cols);
        int n = (int) (transposeB ? sb.rows : sb.cols);
        if (k != (transposeB ? sb.cols : sb.rows) || sc.rows != m || sc.cols != n) {
            throw new IllegalArgumentException("cannot multiply " + describe(a, transposeA) + " by "
                    + describe(b, transposeB) + " into " + java.util.Arrays.toString(c.shape()));
        }
        long width = type.width();
        for (int i = 0; i < batch; i++) {
            double betaI = sc.step == 0 && i > 0 ? 1.0 : beta;
            call(type, transposeA, transposeB, m, n, k, address(a) + i * sa.step * width, sa.leading,
                    address(b) + i * sb.step * width, sb.leading, betaI, address(c) + i * sc.step * width,
                    sc.leading);
        }
    }

    private static INDArray matrix(INDArray a, int i) {
        return a.rank() == 3 ? a.slice(i) : a;
    }

    private static void call(DataType type, boolean transposeA, boolean transposeB, int m, int n, int k,
                             long a, int lda, long b, int ldb, double beta, long c, int ldc) {
        int ta = transposeA ? TRANS : NO_TRANS;
        int tb = transposeB ? TRANS : NO_TRANS;
        Pointers p = POINTERS.get();
        if (type == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, m, n, k, 1f, p.fa.at(a), lda, p.fb.at(b), ldb,
                    (float) beta, p.fc.at(c), ldc);
        } else {
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, m, n, k, 1.0, p.da.at(a), lda, p.db.at(b), ldb,
                    beta, p.dc.at(c), ldc);
        }
    }

    /** Address of the array's first element (a view starts at an offset into its buffer). */
    static long address(INDArray a) {
        return a.data().address() + a.offset() * a.dataType().width();
    }

    private static String describe(INDArray a, boolean transposed) {
        return java.util.Arrays.toString(a.shape()) + (transposed ? "^T" : "");
    }

    /**
     * How BLAS reads a 2-D array: row-major with a leading dimension, or (for a column-major array) as the
     * row-major transpose of it. Null when neither holds, e.g. a view that skips elements within a row.
     */
    record Layout(boolean transposed, int leading) {
        static Layout of(INDArray a) {
            if (a.rank() != 2 || a.isEmpty()) {
                return null;
            }
            long rows = a.rows();
            long cols = a.columns();
            long s0 = a.stride(0);
            long s1 = a.stride(1);
            if ((s1 == 1 || cols == 1) && (rows == 1 || s0 >= cols)) {
                return new Layout(false, (int) Math.max(rows == 1 ? cols : s0, Math.max(cols, 1)));
            }
            if ((s0 == 1 || rows == 1) && (cols == 1 || s1 >= rows)) {
                return new Layout(true, (int) Math.max(cols == 1 ? rows : s1, Math.max(rows, 1)));
            }
            return null;
        }
    }

    /**
     * A batch of row-major matrices BLAS reads in place: {@code rows x cols} each with a leading dimension,
     * {@code step} elements apart (0 for one matrix shared by the whole batch). Null when the array is not
     * laid out that way, or is 3-D with another batch size.
     */
    record Stack(long rows, long cols, int leading, long step) {
        static Stack of(INDArray a, long batch) {
            if (a.rank() == 2) {
                Layout l = Layout.of(a);
                return l == null || l.transposed ? null : new Stack(a.rows(), a.columns(), l.leading, 0);
            }
            if (a.rank() != 3 || a.size(0) != batch || a.isEmpty()) {
                return null;
            }
            long rows = a.size(1);
            long cols = a.size(2);
            boolean rowMajor = (a.stride(2) == 1 || cols == 1) && (rows == 1 || a.stride(1) >= cols);
            return rowMajor ? new Stack(rows, cols, (int) Math.max(rows == 1 ? cols : a.stride(1), Math.max(cols, 1)),
                    a.stride(0)) : null;
        }
    }

    /** Pointer objects whose address is set before each call (JavaCPP keeps the address in a field). */
    private static final class Pointers {
        final FloatAt fa = new FloatAt();
        final FloatAt fb = new FloatAt();
        final FloatAt fc = new FloatAt();
        final DoubleAt da = new DoubleAt();
        final DoubleAt db = new DoubleAt();
        final DoubleAt dc = new DoubleAt();
    }

    private static final class FloatAt extends FloatPointer {
        FloatAt at(long addr) {
            address = addr;
            return this;
        }
    }

    private static final class DoubleAt extends DoublePointer {
        DoubleAt at(long addr) {
            address = addr;
            return this;
        }
    }
}
