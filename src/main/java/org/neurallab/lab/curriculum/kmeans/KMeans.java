package org.neurallab.lab.curriculum.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * k-means clustering of 2D points (lecture 001's classic unsupervised method), one step at a time so
 * that a student sees its two alternating moves: assign every point to its nearest centroid, then move
 * every centroid to the mean of its points. Neither move can increase the inertia (the sum of squared
 * distances of the points to their centroids), which is why the method always settles.
 */
public final class KMeans {

    /** How the first centroids are chosen. */
    public enum Init {
        /** k distinct data points picked at random. */
        RANDOM_POINTS,
        /** k-means++: each next centroid is a data point drawn with probability proportional to its squared distance to the nearest centroid so far, which spreads them out. */
        PLUS_PLUS
    }

    /** The two kinds of step, in the order they alternate. */
    public enum StepKind {
        ASSIGN, UPDATE
    }

    private final List<double[]> points = new ArrayList<>();
    private double[][] centroids = new double[0][];
    private double[][] previousCentroids = new double[0][];
    private int[] assignment = new int[0];
    private StepKind next = StepKind.ASSIGN;
    private boolean converged;
    private int iterations;
    private final List<Double> inertiaHistory = new ArrayList<>();

    public void setPoints(List<double[]> newPoints) {
        points.clear();
        newPoints.forEach(p -> points.add(p.clone()));
        assignment = new int[points.size()];
        Arrays.fill(assignment, -1);
        converged = false;
        next = StepKind.ASSIGN;
    }

    /** A point added by the student: unassigned until the next assignment step. */
    public void addPoint(double x, double y) {
        points.add(new double[] {x, y});
        assignment = Arrays.copyOf(assignment, points.size());
        assignment[points.size() - 1] = -1;
        converged = false;
        next = StepKind.ASSIGN;
    }

    /** Chooses k starting centroids; with no points there are none. Forgets the previous run. */
    public void initialise(int k, Init init, Random random) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        centroids = points.isEmpty() ? new double[0][] : init == Init.PLUS_PLUS ? plusPlus(k, random) : randomPoints(k, random);
        previousCentroids = copy(centroids);
        Arrays.fill(assignment, -1);
        next = StepKind.ASSIGN;
        converged = false;
        iterations = 0;
        inertiaHistory.clear();
    }

    private double[][] randomPoints(int k, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        double[][] c = new double[k][];
        for (int j = 0; j < k; j++) {
            c[j] = points.get(order.get(j % order.size())).clone(); // fewer points than k: some repeat
        }
        return c;
    }

    private double[][] plusPlus(int k, Random random) {
        double[][] c = new double[k][];
        c[0] = points.get(random.nextInt(points.size())).clone();
        double[] nearest = new double[points.size()];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < points.size(); i++) {
                nearest[i] = Double.MAX_VALUE;
                for (int m = 0; m < j; m++) {
                    nearest[i] = Math.min(nearest[i], squaredDistance(points.get(i), c[m]));
                }
                total += nearest[i];
            }
            int chosen = 0;
            if (total > 0) {
                double r = random.nextDouble() * total;
                while (chosen < points.size() - 1 && (r -= nearest[chosen]) > 0) {
                    chosen++;
                }
            } else {
                chosen = random.nextInt(points.size()); // every point already is a centroid
            }
            c[j] = points.get(chosen).clone();
        }
        return c;
    }

    /** Does the next step (assign or update) and records the inertia after it. */
    public StepKind step() {
        if (centroids.length == 0 || converged) {
            return next;
        }
        StepKind done = next;
        if (next == StepKind.ASSIGN) {
            boolean changed = assign();
            // an assignment that changes nothing means the last update was final
            converged = !changed && iterations > 0;
            next = StepKind.UPDATE;
        } else {
            update();
            iterations++;
            next = StepKind.ASSIGN;
        }
        inertiaHistory.add(inertia());
        return done;
    }

    /** Steps until an assignment changes nothing (at most {@code maxIterations} updates). */
    public void runToConvergence(int maxIterations) {
        int start = iterations;
        while (!converged && centroids.length > 0 && iterations - start < maxIterations) {
            step();
        }
    }

    private boolean assign() {
        boolean changed = false;
        for (int i = 0; i < points.size(); i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int j = 0; j < centroids.length; j++) {
                double d = squaredDistance(points.get(i), centroids[j]);
                if (d < bestDistance) { // ties go to the lower index, so repeated steps are stable
                    bestDistance = d;
                    best = j;
                }
            }
            if (assignment[i] != best) {
                assignment[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private void update() {
        previousCentroids = copy(centroids);
        double[][] sums = new double[centroids.length][2];
        int[] counts = new int[centroids.length];
        for (int i = 0; i < points.size(); i++) {
            int j = assignment[i];
            if (j >= 0) {
                sums[j][0] += points.get(i)[0];
                sums[j][1] += points.get(i)[1];
                counts[j]++;
            }
        }
        for (int j = 0; j < centroids.length; j++) {
            if (counts[j] > 0) { // an empty cluster keeps its centroid where it was
                centroids[j] = new double[] {sums[j][0] / counts[j], sums[j][1] / counts[j]};
            }
        }
    }

    /** Sum of squared distances of the assigned points to their centroids. */
    public double inertia() {
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            if (assignment[i] >= 0) {
                sum += squaredDistance(points.get(i), centroids[assignment[i]]);
            }
        }
        return sum;
    }

    static double squaredDistance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }

    private static double[][] copy(double[][] c) {
        double[][] out = new double[c.length][];
        for (int j = 0; j < c.length; j++) {
            out[j] = c[j].clone();
        }
        return out;
    }

    public List<double[]> points() {
        return points;
    }

    public double[][] centroids() {
        return copy(centroids);
    }

    /** Where the centroids were before the last update step (equal to the centroids before any update). */
    public double[][] previousCentroids() {
        return copy(previousCentroids);
    }

    /** Cluster of each point, -1 while unassigned. */
    public int[] assignment() {
        return assignment.clone();
    }

    public StepKind nextStep() {
        return next;
    }

    public boolean converged() {
        return converged;
    }

    /** Completed update steps. */
    public int iterations() {
        return iterations;
    }

    /** Inertia after every step so far (assign, update, assign, ...). */
    public List<Double> inertiaHistory() {
        return List.copyOf(inertiaHistory);
    }
}
