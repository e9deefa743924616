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

    /** Patches of x (NCHW, row-major) as [batch, rows, area], row-major; padding reads as zero. */
    double[] columnsOf(double[] x) {
        int outArea = area();
        double[] out = new double[batch * rows() * outArea];
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
                            int src = image + ih * width;
                            int dst = colStart + oh * outWidth;
                            for (int ow = 0; ow < outWidth; ow++) {
                                int iw = ow * stride - pad + kj;
                                if (iw >= 0 && iw < width) {
                                    out[dst + ow] = x[src + iw];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The reverse of {@link #columnsOf}: adds every column entry back onto the pixel it came from. */
    double[] imageOf(double[] columns) {
        int outArea = area();
        double[] dx = new double[batch * channels * height * width];
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
                            int dst = image + ih * width;
                            int src = colStart + oh * outWidth;
                            for (int ow = 0; ow < outWidth; ow++) {
                                int iw = ow * stride - pad + kj;
                                if (iw >= 0 && iw < width) {
                                    dx[dst + iw] += columns[src + ow];
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }
}
