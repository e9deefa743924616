package org.neurallab.io;

import org.neurallab.train.TrainingEvent;

/**
 * What one epoch of training achieved, as kept in a model file's history and exported to CSV.
 * Values that were not measured (no validation set, a regression model without accuracy) are
 * {@code Double.NaN}.
 *
 * @param epoch       the epoch number, counting from 1
 * @param seconds     wall-clock time the epoch took
 */
public record EpochRecord(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
                          double seconds) {

    public EpochRecord {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be 0 or more, got " + epoch);
        }
    }

    /** The record of an epoch the trainer just finished. */
    public static EpochRecord of(TrainingEvent.EpochEnd end) {
        return of(end, 0);
    }

    /** The same, numbered after {@code earlierEpochs} epochs of a run this one continues. */
    public static EpochRecord of(TrainingEvent.EpochEnd end, int earlierEpochs) {
        return new EpochRecord(earlierEpochs + end.epoch(), end.loss(), end.accuracy(), end.valLoss(),
                end.valAccuracy(), end.seconds());
    }

    /** An epoch without a validation set. */
    public static EpochRecord withoutValidation(int epoch, double loss, double accuracy, double seconds) {
        return new EpochRecord(epoch, loss, accuracy, Double.NaN, Double.NaN, seconds);
    }
}
