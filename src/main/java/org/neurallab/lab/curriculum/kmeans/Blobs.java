package org.neurallab.lab.curriculum.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded 2D test data: a few round Gaussian blobs whose centres sit evenly on a circle. */
public final class Blobs {
    /** Blob centres lie on this circle, far enough apart (for up to 5 blobs) to be told apart by eye. */
    public static final double RADIUS = 3.5;
    public static final double SPREAD = 0.7;

    private Blobs() {
    }

    /** The centres the generator uses for a seed; the points of blob b scatter around centres[b]. */
    public static double[][] centres(int blobs, long seed) {
        double turn = new Random(seed).nextDouble() * 2 * Math.PI;
        double[][] c = new double[blobs][];
        for (int b = 0; b < blobs; b++) {
            double a = turn + 2 * Math.PI * b / blobs;
            c[b] = blobs == 1 ? new double[] {0, 0} : new double[] {RADIUS * Math.cos(a), RADIUS * Math.sin(a)};
        }
        return c;
    }

    public static List<double[]> generate(int blobs, int perBlob, long seed) {
        double[][] c = centres(blobs, seed);
        Random r = new Random(seed * 31 + 7);
        List<double[]> points = new ArrayList<>();
        for (double[] centre : c) {
            for (int i = 0; i < perBlob; i++) {
                points.add(new double[] {centre[0] + SPREAD * r.nextGaussian(), centre[1] + SPREAD * r.nextGaussian()});
            }
        }
        return points;
    }
}
