package org.neurallab.lab.curriculum.regression;

import java.util.Arrays;

/**
 * Lecture 000's training run, one epoch at a time so a page can animate it: Dense(1), SGD at Keras'
 * default rate, mean squared error, on the six points of Y = 3X + 1, until the chosen number of epochs.
 * Keeps the loss of every epoch for the loss curve.
 */
public final class LineTraining {
    /** The lecture's {@code model.fit(xs, ys, epochs=500)}. */
    public static final int LECTURE_EPOCHS = 500;
    /** The seed of the first guess; any seed ends near 31, this one is fixed so the page is repeatable. */
    public static final long SEED = 7;

    private final RegressionData data;
    private final long seed;
    private SingleNeuron neuron;
    private int targetEpochs;
    private double[] losses = new double[LECTURE_EPOCHS];

    public LineTraining() {
        this(RegressionData.LINE_3X_PLUS_1, SEED);
    }

    public LineTraining(RegressionData data, long seed) {
        this.data = data;
        this.seed = seed;
        restart(LECTURE_EPOCHS);
    }

    /** Back to the untrained neuron (same first guess), to train for {@code epochs} epochs. */
    public void restart(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        neuron = new SingleNeuron(data, SingleNeuron.KERAS_SGD_RATE, seed);
        targetEpochs = epochs;
        losses = new double[Math.max(epochs, 1)];
    }

    /** Changes the goal without losing the epochs already trained (training resumes if it grew). */
    public void setTargetEpochs(int epochs) {
        if (epochs < done()) {
            restart(epochs);
            return;
        }
        targetEpochs = epochs;
        if (losses.length < epochs) {
            losses = Arrays.copyOf(losses, epochs);
        }
    }

    /** Trains up to {@code count} more epochs, never past the goal; returns how many were trained. */
    public int step(int count) {
        int n = Math.min(count, targetEpochs - done());
        for (int i = 0; i < n; i++) {
            int e = done();
            losses[e] = neuron.trainEpoch();
        }
        return Math.max(n, 0);
    }

    /** Trains to the goal at once. */
    public void finish() {
        step(targetEpochs - done());
    }

    public boolean finished() {
        return done() >= targetEpochs;
    }

    public int done() {
        return neuron.epochs();
    }

    public int targetEpochs() {
        return targetEpochs;
    }

    /** Loss of each trained epoch (before its update, as Keras prints it). */
    public double[] losses() {
        return Arrays.copyOf(losses, done());
    }

    public double currentLoss() {
        return neuron.loss();
    }

    public double weight() {
        return neuron.weight();
    }

    public double bias() {
        return neuron.bias();
    }

    public double predict(double x) {
        return neuron.predict(x);
    }

    public RegressionData data() {
        return data;
    }
}
