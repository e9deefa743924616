package org.neurallab.train;

/** Life of a run. STOPPED, FINISHED and FAILED are final. */
public enum RunState {
    NEW, RUNNING, PAUSED, STOPPED, FINISHED, FAILED;

    public boolean isTerminal() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }
}
