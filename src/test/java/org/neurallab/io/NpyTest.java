package org.neurallab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The .npy writer produces exactly what numpy.save produces, and the reader rejects damaged files. */
class NpyTest {

    /** Bytes of numpy.save(np.array([[1, 2, 3], [4, 5, 6.5]], dtype='<f4')), from NumPy 2.4. */
    private static final String NUMPY_2X3_F4 = "934e554d505901007600"
            + hex("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }" + " ".repeat(58) + "\n")
            + "0000803f0000004000004040000080400000a0400000d040";
    /** Bytes of numpy.save(np.array([0.1, -2.0], dtype='<f8')). */
    private static final String NUMPY_2_F8 = "934e554d505901007600"
            + hex("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }" + " ".repeat(60) + "\n")
            + "9a9999999999b93f00000000000000c0";

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] write(INDArray a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, a);
        return out.toByteArray();
    }

    private static INDArray read(byte[] bytes) throws IOException {
        return Npy.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void writesTheSameBytesAsNumpy() throws IOException {
        INDArray f = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6.5f}, new long[] {2, 3}, DataType.FLOAT);
        byte[] bytes = write(f);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(NUMPY_2X3_F4);
        // hand check: magic, version 1.0, header length 118 little-endian, data at byte 128
        assertThat(Arrays.copyOf(bytes, 10)).containsExactly(0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 118, 0);
        assertThat(bytes[127]).isEqualTo((byte) '\n');
        assertThat(bytes).hasSize(128 + 6 * 4);

        INDArray d = Nd4j.create(new double[] {0.1, -2.0}, new long[] {2}, DataType.DOUBLE);
        assertThat(HexFormat.of().formatHex(write(d))).isEqualTo(NUMPY_2_F8);
    }

    @Test
    void readsNumpyBytes() throws IOException {
        INDArray a = read(HexFormat.of().parseHex(NUMPY_2X3_F4));
        assertThat(a.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.getFloat(1, 2)).isEqualTo(6.5f);
        assertThat(a.getFloat(0, 1)).isEqualTo(2f);
        INDArray d = read(HexFormat.of().parseHex(NUMPY_2_F8));
        assertThat(d.dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(d.shape()).containsExactly(2);
        assertThat(d.getDouble(0)).isEqualTo(0.1);
    }

    @Test
    void headerIsPaddedTo64BytesForManyShapes() {
        for (long[] shape : new long[][] {{}, {7}, {784, 128}, {32, 1, 3, 3}, {1, 10}, {123456789, 2}}) {
            byte[] h = Npy.header("<f4", shape);
            assertThat(h.length % 64).as(Arrays.toString(shape)).isZero();
            assertThat(h[h.length - 1]).isEqualTo((byte) '\n');
            int len = (h[8] & 0xff) | (h[9] & 0xff) << 8;
            assertThat(len).isEqualTo(h.length - 10);
        }
        assertThat(new String(Npy.header("<f4", new long[] {784, 128}), StandardCharsets.US_ASCII))
                .contains("'shape': (784, 128), }");
        assertThat(Npy.shapeText(new long[] {})).isEqualTo("()");
        assertThat(Npy.shapeText(new long[] {5})).isEqualTo("(5,)");
    }

    @Test
    void roundTripKeepsEveryBitInBothPrecisions() throws IOException {
        INDArray f = Nd4j.rand(DataType.FLOAT, 4, 3, 2, 5).subi(0.5).muli(1e-3);
        f.putScalar(new long[] {0, 0, 0, 0}, Float.MIN_VALUE);
        INDArray back = read(write(f));
        assertThat(back.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(back.shape()).containsExactly(f.shape());
        assertThat(back.data().asFloat()).containsExactly(f.dup('c').data().asFloat());

        INDArray d = Nd4j.rand(DataType.DOUBLE, 6, 7).subi(0.5);
        INDArray backD = read(write(d));
        assertThat(backD.dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(backD.data().asDouble()).containsExactly(d.data().asDouble());
    }

    @Test
    void writesViewsAndFortranOrderArraysInRowMajorOrder() throws IOException {
        INDArray f = Nd4j.create(new float[] {1, 2, 3, 4, 5, 6}, new long[] {2, 3}, 'f'); // [[1,3,5],[2,4,6]]
        INDArray back = read(write(f));
        assertThat(back.getFloat(0, 1)).isEqualTo(3f);
        assertThat(back.getFloat(1, 0)).isEqualTo(2f);
        INDArray column = Nd4j.create(new double[][] {{1, 2}, {3, 4}, {5, 6}}).getColumn(1);
        assertThat(read(write(column)).data().asDouble()).containsExactly(2, 4, 6);
    }

    @Test
    void refusesOtherTypesWhenWriting() {
        assertThatThrownBy(() -> write(Nd4j.create(DataType.INT, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("float32 and float64");
    }

    @Test
    void rejectsDamagedOrUnsupportedFiles() {
        byte[] good = HexFormat.of().parseHex(NUMPY_2X3_F4);
        byte[] magic = good.clone();
        magic[1] = 'X';
        assertThatThrownBy(() -> read(magic)).hasMessageContaining("not a .npy file");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length - 3)))
                .hasMessageContaining("needs 24").hasMessageContaining("cut short");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, good.length + 4))).hasMessageContaining("28 bytes");
        assertThatThrownBy(() -> read(Arrays.copyOf(good, 40))).hasMessageContaining("header is cut short");
        assertThatThrownBy(() -> read(replace(good, "False", "True "))).hasMessageContaining("Fortran");
        assertThatThrownBy(() -> read(replace(good, "<f4", "<i4"))).hasMessageContaining("'<i4' is not supported");
        assertThatThrownBy(() -> read(replace(good, "(2, 3)", "(2, x)"))).hasMessageContaining("whole numbers");
        assertThatThrownBy(() -> read(replace(good, "'shape'", "'shapo'"))).hasMessageContaining("'shape'");
        byte[] version = good.clone();
        version[6] = 9;
        assertThatThrownBy(() -> read(version)).hasMessageContaining("version 9.0");
    }

    @Test
    void readsBigEndianToo() throws IOException {
        byte[] big = replace(HexFormat.of().parseHex(NUMPY_2_F8), "<f8", ">f8");
        byte[] data = HexFormat.of().parseHex("3fb999999999999ac000000000000000");
        System.arraycopy(data, 0, big, 128, 16);
        assertThat(read(big).data().asDouble()).containsExactly(0.1, -2.0);
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(s).contains(from);
        return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }
}
