package org.neurallab.train;

import org.neurallab.train.inside.InsideSnapshot;

/**
 * What happens during a run, in this order: Started, then per epoch some BatchEnd and one EpochEnd
 * (Paused/Resumed in between when asked), then exactly one of Stopped or Failed, after which nothing follows.
 * Epoch and batch numbers start at 1, as shown to students. A {@link StepRun} sends StepEnd instead of
 * BatchEnd and EpochEnd. A run that looks inside its network ({@link TrainingRun#withInside}) follows some
 * BatchEnd events with an Inside event for the same batch.
 */
public sealed interface TrainingEvent {

    /** The run began; sizes after the validation split. */
    record Started(int epochs, int batchesPerEpoch, int trainSize, int validationSize) implements TrainingEvent {
    }

    /** One batch trained. Loss and accuracy are of this batch (before the update); accuracy is NaN for regression. */
    record BatchEnd(int epoch, int batch, int batchesPerEpoch, double loss, double accuracy,
                    double samplesPerSecond, long elapsedMs, long etaMs) implements TrainingEvent {
    }

    /**
     * One epoch trained. Loss and accuracy are averaged over the epoch's batches (weighted by batch size);
     * the validation values are NaN when there is no validation data. Seconds exclude time spent paused.
     */
    record EpochEnd(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
                    double seconds, double samplesPerSecond) implements TrainingEvent {

        public boolean hasValidation() {
            return !Double.isNaN(valLoss);
        }
    }

    /** What the layers did in the batch of the BatchEnd just before (sampled: not after every batch). */
    record Inside(InsideSnapshot snapshot) implements TrainingEvent {
    }

    /** One step of a {@link StepRun} trained; steps is 0 for a run without a set length, loss NaN if it has none. */
    record StepEnd(int step, int steps, double loss) implements TrainingEvent {
    }

    /** The worker is now waiting between batches. */
    record Paused(int epoch, int batch) implements TrainingEvent {
    }

    /** The worker continues after a pause. */
    record Resumed(int epoch, int batch) implements TrainingEvent {
    }

    /** The run ended normally (finished or stopped by the user). */
    record Stopped(StopReason reason) implements TrainingEvent {
    }

    /** The run ended with an error; the message is written for a student. */
    record Failed(String message, Throwable cause) implements TrainingEvent {
    }

    default boolean isTerminal() {
        return this instanceof Stopped || this instanceof Failed;
    }
}
