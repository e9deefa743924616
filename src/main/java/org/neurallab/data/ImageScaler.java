package org.neurallab.data;

/**
 * Resizes a rectangle of a grayscale image. Shrinking averages every source pixel by the area it covers
 * (smooth, no aliasing); enlarging interpolates bilinearly (no blocky pixels).
 */
final class ImageScaler {
    private ImageScaler() {
    }

    /** Scales the box (x0, y0, w, h) of {@code src} (row stride {@code srcWidth}) to outW x outH. */
    static float[] scale(float[] src, int srcWidth, int x0, int y0, int w, int h, int outW, int outH) {
        double sx = (double) w / outW;
        double sy = (double) h / outH;
        float[] out = new float[outW * outH];
        boolean shrink = sx >= 1 && sy >= 1;
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                out[oy * outW + ox] = shrink
                        ? areaAverage(src, srcWidth, x0, y0, w, h, ox * sx, oy * sy, sx, sy)
                        : bilinear(src, srcWidth, x0, y0, w, h, (ox + 0.5) * sx - 0.5, (oy + 0.5) * sy - 0.5);
            }
        }
        return out;
    }

    private static float areaAverage(float[] src, int stride, int x0, int y0, int w, int h,
                                     double left, double top, double cw, double ch) {
        double right = left + cw;
        double bottom = top + ch;
        double sum = 0;
        for (int y = (int) Math.floor(top); y < Math.min(h, (int) Math.ceil(bottom)); y++) {
            double fy = Math.min(bottom, y + 1) - Math.max(top, y);
            for (int x = (int) Math.floor(left); x < Math.min(w, (int) Math.ceil(right)); x++) {
                double fx = Math.min(right, x + 1) - Math.max(left, x);
                sum += src[(y0 + y) * stride + x0 + x] * fx * fy;
            }
        }
        return (float) (sum / (cw * ch));
    }

    private static float bilinear(float[] src, int stride, int x0, int y0, int w, int h, double x, double y) {
        // Clamp to the box so the edges keep their value instead of fading to the neighbours outside it.
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int ix = (int) Math.floor(x);
        int iy = (int) Math.floor(y);
        int ix1 = Math.min(w - 1, ix + 1);
        int iy1 = Math.min(h - 1, iy + 1);
        double fx = x - ix;
        double fy = y - iy;
        double top = src[(y0 + iy) * stride + x0 + ix] * (1 - fx) + src[(y0 + iy) * stride + x0 + ix1] * fx;
        double bottom = src[(y0 + iy1) * stride + x0 + ix] * (1 - fx) + src[(y0 + iy1) * stride + x0 + ix1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
