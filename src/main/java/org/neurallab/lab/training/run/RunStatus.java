package org.neurallab.lab.training.run;

/** Where a run is, for the status bar: the epoch out of how many, and the latest speed. */
public record RunStatus(int epoch, int epochs, double samplesPerSecond) {
}
