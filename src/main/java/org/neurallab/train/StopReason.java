package org.neurallab.train;

/** Why a run stopped without failing. */
public enum StopReason {
    /** Somebody pressed stop (or the service shut down). */
    USER,
    /** Every epoch was trained. */
    FINISHED
}
