package org.neurallab.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.data.Quote;

/**
 * NumPy's {@code .npy} format (version 1.0), written and read by hand so that model weights can be
 * opened with {@code numpy.load} and nothing else is needed. A file is: the magic bytes
 * {@code \x93NUMPY}, the version (1, 0), the header length (2 bytes, little-endian), a header that is a
 * Python dict literal such as {@code {'descr': '<f4', 'fortran_order': False, 'shape': (784, 128), }}
 * padded with spaces and a final newline so the data starts at a multiple of 64 bytes, then the
 * values in row-major (C) order. Only float32 ({@code <f4}) and float64 ({@code <f8}) are supported.
 */
public final class Npy {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGNMENT = 64;
    /** Bigger than any layer we allow; stops a damaged header from asking for gigabytes. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE / 8;
    /** numpy's own headers are under 100 bytes; anything this long is not a real header. */
    private static final int MAX_HEADER = 1 << 16;
    /** How many bytes past the end of the data are counted for the "too long" message. */
    private static final int EXTRA_REPORTED = 1 << 16;

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** Writes a float32 or float64 array (any shape) as a version 1.0 .npy file. */
    public static void write(OutputStream out, INDArray array) throws IOException {
        DataType type = array.dataType();
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException(".npy writing supports float32 and float64 arrays, got " + type);
        }
        out.write(header(type == DataType.FLOAT ? "<f4" : "<f8", array.shape()));
        INDArray flat = Nd4j.toFlattened('c', array);
        int count = (int) array.length();
        int chunk = 8192;
        ByteBuffer buffer = ByteBuffer.allocate(chunk * 8).order(ByteOrder.LITTLE_ENDIAN);
        if (type == DataType.FLOAT) {
            float[] values = flat.data().asFloat();
            for (int start = 0; start < count; start += chunk) {
                buffer.clear();
                buffer.asFloatBuffer().put(values, start, Math.min(chunk, count - start));
                out.write(buffer.array(), 0, Math.min(chunk, count - start) * 4);
            }
        } else {
            double[] values = flat.data().asDouble();
            for (int start = 0; start < count; start += chunk) {
                buffer.clear();
                buffer.asDoubleBuffer().put(values, start, Math.min(chunk, count - start));
                out.write(buffer.array(), 0, Math.min(chunk, count - start) * 8);
            }
        }
    }

    /** Magic, version, header length and the padded header: everything before the data. */
    static byte[] header(String descr, long[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr)
                .append("', 'fortran_order': False, 'shape': ").append(shapeText(shape)).append(", }");
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        dict.append(" ".repeat((ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return b.array();
    }

    /** Python's tuple syntax: (), (5,), (784, 128). */
    static String shapeText(long[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /**
     * Reads a whole .npy stream into a new array of its own type (float32 or float64), checking the
     * magic, version, type, memory order, shape and that the data has exactly the right length. The
     * header is checked before any data is read, and no more bytes are read than the shape needs (plus
     * a little to report extra data), so a small compressed entry cannot inflate into gigabytes.
     *
     * @throws IOException with a message saying what is wrong (the caller adds which file it was)
     */
    public static INDArray read(InputStream in) throws IOException {
        return read(in, MAX_ELEMENTS);
    }

    /** As {@link #read(InputStream)}, refusing shapes of more than {@code maxElements} values. */
    public static INDArray read(InputStream in, long maxElements) throws IOException {
        byte[] prefix = in.readNBytes(MAGIC.length + 4);
        if (prefix.length < MAGIC.length + 4 || !Arrays.equals(prefix, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a .npy file (it does not start with \\x93NUMPY)");
        }
        ByteBuffer b = ByteBuffer.wrap(prefix).order(ByteOrder.LITTLE_ENDIAN);
        b.position(MAGIC.length);
        int major = b.get();
        int minor = b.get();
        long headerLength;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(b.getShort());
        } else if (major == 2 || major == 3) {
            byte[] rest = in.readNBytes(2);
            if (rest.length < 2) {
                throw new IOException(".npy header is cut short");
            }
            headerLength = Integer.toUnsignedLong(ByteBuffer.wrap(new byte[] {prefix[8], prefix[9], rest[0], rest[1]})
                    .order(ByteOrder.LITTLE_ENDIAN).getInt());
        } else {
            throw new IOException("unsupported .npy version " + major + "." + minor + " (supported: 1.0 to 3.0)");
        }
        if (headerLength > MAX_HEADER) {
            throw new IOException(".npy header claims " + headerLength + " bytes; at most " + MAX_HEADER + " are allowed");
        }
        byte[] headerBytes = in.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw new IOException(".npy header is cut short: it claims " + headerLength + " bytes but only "
                    + headerBytes.length + " follow");
        }
        String header = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1).trim();
        if (!header.startsWith("{") || !header.endsWith("}")) {
            throw new IOException(".npy header is not a dictionary: " + Quote.of(header));
        }
        String descr = find(DESCR, header, "descr");
        if (!find(FORTRAN, header, "fortran_order").equals("False")) {
            throw new IOException(".npy data is in Fortran (column-major) order; save it with C order");
        }
        long[] shape = parseShape(find(SHAPE, header, "shape"));
        int itemSize;
        ByteOrder order;
        switch (descr) {
            case "<f4": itemSize = 4; order = ByteOrder.LITTLE_ENDIAN; break;
            case ">f4": itemSize = 4; order = ByteOrder.BIG_ENDIAN; break;
            case "<f8": itemSize = 8; order = ByteOrder.LITTLE_ENDIAN; break;
            case ">f8": itemSize = 8; order = ByteOrder.BIG_ENDIAN; break;
            default:
                throw new IOException(".npy data type " + Quote.of(descr) + " is not supported (use float32 '<f4' or float64 '<f8')");
        }
        long count = elementCount(shape, Math.min(maxElements, MAX_ELEMENTS));
        int expected = (int) (count * itemSize);
        byte[] bytes = in.readNBytes(expected);
        if (bytes.length < expected) {
            throw new IOException(".npy data has " + bytes.length + " bytes but shape " + shapeText(shape)
                    + " of '" + descr + "' needs " + expected + " (file cut short)");
        }
        long extra = in.skip(EXTRA_REPORTED);
        extra += in.readNBytes(1).length;
        if (extra > 0) {
            throw new IOException(".npy data has " + (extra > EXTRA_REPORTED ? "more than " + (expected + EXTRA_REPORTED)
                    : String.valueOf(expected + extra)) + " bytes but shape " + shapeText(shape) + " of '" + descr
                    + "' needs " + expected);
        }
        ByteBuffer data = ByteBuffer.wrap(bytes).order(order);
        DataType type = itemSize == 4 ? DataType.FLOAT : DataType.DOUBLE;
        if (shape.length == 0) {
            return Nd4j.scalar(type, itemSize == 4 ? data.getFloat() : data.getDouble());
        }
        if (count == 0) {
            return Nd4j.create(type, shape);
        }
        if (itemSize == 4) {
            float[] values = new float[(int) count];
            data.asFloatBuffer().get(values);
            return Nd4j.create(values, shape, type);
        }
        double[] values = new double[(int) count];
        data.asDoubleBuffer().get(values);
        return Nd4j.create(values, shape, type);
    }

    /** The number of values of a shape, refusing (without overflowing) anything above {@code max}. */
    private static long elementCount(long[] shape, long max) throws IOException {
        long count = 1;
        for (long d : shape) {
            if (d == 0) {
                return 0;
            }
        }
        for (long d : shape) {
            if (d > max / count) {
                throw new ShapeTooLargeException(shape, max);
            }
            count *= d;
        }
        return count;
    }

    /** A header whose shape holds more values than the reader allows. */
    public static final class ShapeTooLargeException extends IOException {
        private final long[] shape;

        ShapeTooLargeException(long[] shape, long max) {
            super(".npy shape " + shapeText(shape) + " is too large: at most " + max + " values are allowed");
            this.shape = shape.clone();
        }

        public long[] shape() {
            return shape.clone();
        }
    }

    private static String find(Pattern pattern, String header, String key) throws IOException {
        Matcher m = pattern.matcher(header);
        if (!m.find()) {
            throw new IOException(".npy header has no valid '" + key + "' entry: " + Quote.of(header));
        }
        return m.group(1);
    }

    private static long[] parseShape(String text) throws IOException {
        String[] parts = text.split(",");
        long[] dims = new long[parts.length];
        int n = 0;
        for (String part : parts) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                dims[n] = Long.parseLong(p.endsWith("L") ? p.substring(0, p.length() - 1) : p);
            } catch (NumberFormatException e) {
                throw new IOException(".npy shape " + Quote.of("(" + text + ")") + " is not a tuple of whole numbers");
            }
            if (dims[n] < 0) {
                throw new IOException(".npy shape " + Quote.of("(" + text + ")") + " has a negative size");
            }
            n++;
        }
        return Arrays.copyOf(dims, n);
    }
}
