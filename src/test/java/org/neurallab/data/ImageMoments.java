package org.neurallab.data;

/** Test helper: centre of mass and ink extent of a square image. */
final class ImageMoments {
    final double mass;
    final double cx;
    final double cy;
    final int width;
    final int height;

    ImageMoments(float[] img, int side) {
        double m = 0, sx = 0, sy = 0;
        int minX = side, maxX = -1, minY = side, maxY = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                float v = img[y * side + x];
                m += v;
                sx += v * x;
                sy += v * y;
                if (v > 0.1f) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        mass = m;
        cx = sx / m;
        cy = sy / m;
        width = maxX - minX + 1;
        height = maxY - minY + 1;
    }
}
