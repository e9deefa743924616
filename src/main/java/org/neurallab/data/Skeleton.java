package org.neurallab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The centre lines of the strokes in a grayscale image, as short line segments: the image is enlarged
 * twice (smoother lines), cut at half intensity and thinned to one-pixel lines (Zhang and Suen's thinning);
 * every pair of neighbouring line pixels becomes a segment. Drawn with a round pen, the segments give the
 * image back as if it had been written with that pen, which is how the robustness benchmark turns MNIST
 * digits into pad strokes.
 */
public final class Skeleton {
    private static final int UP = 2;

    private Skeleton() {
    }

    /** Segments {x0, y0, x1, y1} in the image's pixel coordinates (pixel centres at +0.5). */
    public static List<double[]> segments(float[] img) {
        int side = ImageDistortions.sideOf(img);
        int n = side * UP;
        boolean[] on = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                on[y * n + x] = Augmenter.sample(img, side, (x + 0.5) / UP - 0.5, (y + 0.5) / UP - 0.5) >= 0.5f;
            }
        }
        thin(on, n);
        List<double[]> out = new ArrayList<>();
        // Each neighbour pair once: right, down-left, down, down-right.
        int[][] steps = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (!on[y * n + x]) {
                    continue;
                }
                boolean alone = true;
                for (int[] s : steps) {
                    int xx = x + s[0];
                    int yy = y + s[1];
                    if (xx >= 0 && xx < n && yy < n && on[yy * n + xx]) {
                        out.add(new double[] {(x + 0.5) / UP, (y + 0.5) / UP, (xx + 0.5) / UP, (yy + 0.5) / UP});
                        alone = false;
                    }
                }
                if (alone) {
                    out.add(new double[] {(x + 0.5) / UP, (y + 0.5) / UP, (x + 0.5) / UP, (y + 0.5) / UP});
                }
            }
        }
        return out;
    }

    /** Zhang-Suen thinning in place: peel border pixels in two alternating sub-passes until nothing changes. */
    static void thin(boolean[] on, int n) {
        boolean changed = true;
        List<Integer> remove = new ArrayList<>();
        while (changed) {
            changed = false;
            for (int pass = 0; pass < 2; pass++) {
                remove.clear();
                for (int y = 1; y < n - 1; y++) {
                    for (int x = 1; x < n - 1; x++) {
                        if (on[y * n + x] && removable(on, n, x, y, pass)) {
                            remove.add(y * n + x);
                        }
                    }
                }
                for (int i : remove) {
                    on[i] = false;
                }
                changed |= !remove.isEmpty();
            }
        }
    }

    private static boolean removable(boolean[] on, int n, int x, int y, int pass) {
        // Neighbours P2..P9 clockwise from north.
        boolean[] p = {
            on[(y - 1) * n + x], on[(y - 1) * n + x + 1], on[y * n + x + 1], on[(y + 1) * n + x + 1],
            on[(y + 1) * n + x], on[(y + 1) * n + x - 1], on[y * n + x - 1], on[(y - 1) * n + x - 1]};
        int count = 0;
        int transitions = 0;
        for (int i = 0; i < 8; i++) {
            if (p[i]) {
                count++;
            }
            if (!p[i] && p[(i + 1) % 8]) {
                transitions++;
            }
        }
        if (count < 2 || count > 6 || transitions != 1) {
            return false;
        }
        boolean north = p[0];
        boolean east = p[2];
        boolean south = p[4];
        boolean west = p[6];
        return pass == 0 ? !(north && east && south) && !(east && south && west)
                : !(north && east && west) && !(north && south && west);
    }
}
