package org.neurallab.lab.playground.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes the 2D datasets. The classic four and the two regression sets follow the meaning of
 * TensorFlow Playground's generators (points in [-6, 6]^2, noise as a fraction 0..0.5); labels here are
 * class numbers, so the Playground's -1/+1 become 0/1. The same spec always gives the same points.
 */
public final class DatasetGenerator {
    /** Logic-gate inputs 0 and 1 are drawn at -3 and +3 so the four corners sit well inside the square. */
    public static final double GATE_SCALE = 3;

    private DatasetGenerator() {
    }

    /** The points of the spec, in generation order (not yet split into training and test). */
    public static List<DataPoint> generate(DatasetSpec spec) {
        Random random = new Random(spec.seed());
        double noise = spec.noisePercent() / 100.0;
        int n = DatasetSpec.POINTS;
        switch (spec.kind()) {
            case CIRCLE: return circle(n, noise, random);
            case XOR: return xor(n, noise, random);
            case GAUSSIAN: return gaussian(n, noise, random);
            case SPIRAL: return spiral(n, noise, random);
            case BLOBS: return blobs(n, spec.classes(), noise, random);
            case SPIRALS: return spirals(n, spec.classes(), noise, random);
            case PLANE: return plane(n, noise, random);
            case MULTI_GAUSSIAN: return multiGaussian(n, noise, random);
            case BOUNDARY_SIN:
            case BOUNDARY_CUBIC:
            case BOUNDARY_ABS: return boundary(spec.kind(), n, noise, random);
            default: return gate(spec.kind());
        }
    }

    /** Inner disc (radius 0..2.5) is class 1, the ring 3.5..5 class 0; noise may flip labels near the edge. */
    static List<DataPoint> circle(int n, double noise, Random random) {
        double radius = 5;
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean inner = i < n / 2;
            double r = inner ? uniform(random, 0, radius * 0.5) : uniform(random, radius * 0.7, radius);
            double angle = uniform(random, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            // As in the original, the label comes from a jittered copy of the point; the point stays put.
            double nx = x + uniform(random, -radius, radius) * noise;
            double ny = y + uniform(random, -radius, radius) * noise;
            points.add(new DataPoint(x, y, Math.hypot(nx, ny) < radius * 0.5 ? 1 : 0));
        }
        return points;
    }

    /**
     * Points spread over the square, class 1 above the kind's curve and class 0 below. As with the circle, the
     * label comes from a copy of the point jittered by the noise, so noise blurs the boundary.
     */
    static List<DataPoint> boundary(PointDataset kind, int n, double noise, Random random) {
        double half = 5.5;
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -half, half);
            double y = uniform(random, -half, half);
            double nx = x + uniform(random, -half, half) * noise;
            double ny = y + uniform(random, -half, half) * noise;
            points.add(new DataPoint(x, y, ny > kind.boundary(nx) ? 1 : 0));
        }
        return points;
    }

    /** Quadrants: class 1 where x1 and x2 share a sign. Points keep 0.3 away from the axes. */
    static List<DataPoint> xor(int n, double noise, Random random) {
        double padding = 0.3;
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = uniform(random, -5, 5);
            y += y > 0 ? padding : -padding;
            double nx = x + uniform(random, -5, 5) * noise;
            double ny = y + uniform(random, -5, 5) * noise;
            points.add(new DataPoint(x, y, nx * ny >= 0 ? 1 : 0));
        }
        return points;
    }

    /** Two gaussian clouds at (2, 2) (class 1) and (-2, -2); noise widens them (variance 0.5 to 4). */
    static List<DataPoint> gaussian(int n, double noise, Random random) {
        double variance = 0.5 + noise / 0.5 * 3.5;
        double sd = Math.sqrt(variance);
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean positive = i < n / 2;
            double c = positive ? 2 : -2;
            points.add(new DataPoint(c + random.nextGaussian() * sd, c + random.nextGaussian() * sd, positive ? 1 : 0));
        }
        return points;
    }

    /** Two spiral arms, half a turn apart, 1.75 turns long out to radius 5. */
    static List<DataPoint> spiral(int n, double noise, Random random) {
        List<DataPoint> points = new ArrayList<>(n);
        int half = n / 2;
        for (int arm = 0; arm < 2; arm++) {
            double offset = arm == 0 ? 0 : Math.PI;
            for (int i = 0; i < half; i++) {
                points.add(spiralPoint(i, half, offset, noise, random, arm == 0 ? 1 : 0));
            }
        }
        return points;
    }

    private static DataPoint spiralPoint(int i, int count, double offset, double noise, Random random, int label) {
        double r = (double) i / count * 5;
        double t = 1.75 * i / count * 2 * Math.PI + offset;
        double x = r * Math.sin(t) + uniform(random, -1, 1) * noise;
        double y = r * Math.cos(t) + uniform(random, -1, 1) * noise;
        return new DataPoint(x, y, label);
    }

    /** k gaussian blobs with centres evenly spaced on a circle of radius 3.5; class c around centre c. */
    static List<DataPoint> blobs(int n, int classes, double noise, Random random) {
        double sd = Math.sqrt(0.3 + noise / 0.5 * 2.2);
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = i % classes;
            double angle = 2 * Math.PI * c / classes + Math.PI / 2;
            double cx = 3.5 * Math.cos(angle);
            double cy = 3.5 * Math.sin(angle);
            points.add(new DataPoint(cx + random.nextGaussian() * sd, cy + random.nextGaussian() * sd, c));
        }
        return points;
    }

    /** k spiral arms, each a k-th of a turn from the next. */
    static List<DataPoint> spirals(int n, int classes, double noise, Random random) {
        List<DataPoint> points = new ArrayList<>(n);
        int perArm = n / classes;
        for (int c = 0; c < classes; c++) {
            double offset = 2 * Math.PI * c / classes;
            for (int i = 0; i < perArm; i++) {
                points.add(spiralPoint(i, perArm, offset, noise, random, c));
            }
        }
        return points;
    }

    /** Regression: label = (x1 + x2) / 10, from jittered coordinates, inside [-6, 6]^2. */
    static List<DataPoint> plane(int n, double noise, Random random) {
        double radius = 6;
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -radius, radius);
            double y = uniform(random, -radius, radius);
            double nx = x + uniform(random, -radius, radius) * noise;
            double ny = y + uniform(random, -radius, radius) * noise;
            points.add(new DataPoint(x, y, clamp((nx + ny) / 10)));
        }
        return points;
    }

    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

    /** Regression: six bumps of height +1 or -1 that fall to 0 at distance 2; the strongest bump wins. */
    static List<DataPoint> multiGaussian(int n, double noise, Random random) {
        double radius = 6;
        List<DataPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(random, -radius, radius);
            double y = uniform(random, -radius, radius);
            double nx = x + uniform(random, -radius, radius) * noise;
            double ny = y + uniform(random, -radius, radius) * noise;
            double label = 0;
            for (double[] bump : BUMPS) {
                double height = bump[2] * Math.max(0, 1 - Math.hypot(nx - bump[0], ny - bump[1]) / 2);
                if (Math.abs(height) > Math.abs(label)) {
                    label = height;
                }
            }
            points.add(new DataPoint(x, y, label));
        }
        return points;
    }

    /** The truth table of a gate as four points; inputs 0/1 drawn at -3/+3. */
    static List<DataPoint> gate(PointDataset kind) {
        List<DataPoint> points = new ArrayList<>(4);
        for (int a = 0; a <= 1; a++) {
            for (int b = 0; b <= 1; b++) {
                boolean out = kind == PointDataset.GATE_AND ? (a & b) == 1
                        : kind == PointDataset.GATE_OR ? (a | b) == 1 : (a ^ b) == 1;
                points.add(new DataPoint((2 * a - 1) * GATE_SCALE, (2 * b - 1) * GATE_SCALE, out ? 1 : 0));
            }
        }
        return points;
    }

    private static double uniform(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
