package org.neurallab.engine.layers;

/**
 * Unrolls image patches into columns so that a convolution becomes one matrix multiply (im2col),
 * and adds column gradients back onto the image (col2im).
 *
 * <p>Layout [batch, rows, outH*outW]: one matrix per image, row {@code c*k*k + ki*k + kj}, column
 * {@code oh*outW + ow}. The rows match weights of shape [filters, channels, k, k] read row-major, so
 * W[filters, rows] times one image's matrix is that image's output already in NCHW order.
 */
final class Im2Col {
    final int batch;
    final int channels;
    final int height;
    final int width;
    final int kernel;
    final int stride;
    final int pad;
    final int outHeight;
    final int outWidth;

    Im2Col(int batch, int channels, int height, int width, int kernel, int stride, int pad) {
        this.batch = batch;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.kernel = kernel;
        this.stride = stride;
        this.pad = pad;
        this.outHeight = org.neurallab.engine.model.Shapes.convOutput(height, kernel, pad, stride);
        this.outWidth = org.neurallab.engine.model.Shapes.convOutput(width, kernel, pad, stride);
    }

    int rows() {
        return channels * kernel * kernel;
    }

    int area() {
        return outHeight * outWidth;
    }

    /**
     * Where each entry of the columns comes from: for entry {@code (n * rows + row) * area + oh * outW + ow},
     * the index of its pixel in x (NCHW, row-major), or -1 where the patch reads padding. Computed once per
     * geometry, so im2col is one gather and col2im one scatter.
     */
    private int[] source;

    int[] sourceIndex() {
        if (source != null) {
            return source;
        }
        int outArea = area();
        int[] map = new int[batch * rows() * outArea];
        java.util.Arrays.fill(map, -1);
        for (int c = 0; c < channels; c++) {
            for (int ki = 0; ki < kernel; ki++) {
                for (int kj = 0; kj < kernel; kj++) {
                    int row = (c * kernel + ki) * kernel + kj;
                    for (int n = 0; n < batch; n++) {
                        int image = (n * channels + c) * height * width;
                        int colStart = (n * rows() + row) * outArea;
                        for (int oh = 0; oh < outHeight; oh++) {
                            int ih = oh * stride - pad + ki;
                            if (ih < 0 || ih >= height) {
                                continue;
                            }
                            for (int ow = 0; ow < outWidth; ow++) {
                                int iw = ow * stride - pad + kj;
                                if (iw >= 0 && iw < width) {
                                    map[colStart + oh * outWidth + ow] = image + ih * width + iw;
                                }
                            }
                        }
                    }
                }
            }
        }
        source = map;
        return map;
    }

    /** Patches of x (NCHW, row-major) as [batch, rows, area], row-major; padding reads as zero. */
    double[] columnsOf(double[] x) {
        int[] map = sourceIndex();
        double[] out = new double[map.length];
        for (int i = 0; i < map.length; i++) {
            out[i] = map[i] < 0 ? 0 : x[map[i]];
        }
        return out;
    }

    /** The same for float32 arrays, straight from x's memory into the columns' memory. */
    void columnsOf(java.nio.FloatBuffer x, java.nio.FloatBuffer out) {
        int[] map = sourceIndex();
        for (int i = 0; i < map.length; i++) {
            out.put(i, map[i] < 0 ? 0f : x.get(map[i]));
        }
    }

    /** The reverse of {@link #columnsOf}: adds every column entry back onto the pixel it came from. */
    double[] imageOf(double[] columns) {
        int[] map = sourceIndex();
        double[] dx = new double[batch * channels * height * width];
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                dx[map[i]] += columns[i];
            }
        }
        return dx;
    }

    /** Scratch for {@link #imageOf(java.nio.FloatBuffer, java.nio.FloatBuffer)}, kept with the geometry. */
    private float[] imageSums;

    /** The same for float32 arrays; {@code dx} (batch * channels * height * width values) is overwritten. */
    void imageOf(java.nio.FloatBuffer columns, java.nio.FloatBuffer dx) {
        int[] map = sourceIndex();
        if (imageSums == null) {
            imageSums = new float[batch * channels * height * width];
        }
        float[] sum = imageSums;
        java.util.Arrays.fill(sum, 0f);
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                sum[map[i]] += columns.get(i);
            }
        }
        dx.put(0, sum);
    }
}
