package org.neurallab.lab.training.run;

import org.neurallab.train.TrainingEvent;

/** What a view of the run hears from {@link RunController}, on the FX thread. */
public interface RunListener {

    /** Every event of the run, in order, after the controller has taken it into account. */
    void onEvent(TrainingEvent event);

    /** Once per frame in which events arrived: the moment to redraw. */
    void onFrame();
}
