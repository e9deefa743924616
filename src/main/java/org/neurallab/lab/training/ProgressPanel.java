package org.neurallab.lab.training;

import java.text.NumberFormat;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurallab.lab.training.model.RunClock;

/** Epoch, batch, speed, elapsed time and time left of the run, with a bar for the whole run. */
public final class ProgressPanel extends VBox {
    private final ProgressBar bar = new ProgressBar(0);
    private final Label epoch = new Label();
    private final Label batch = new Label();
    private final Label speed = new Label();
    private final Label elapsed = new Label();
    private final Label eta = new Label();
    private final Label state = new Label();

    public ProgressPanel() {
        getStyleClass().add("training-progress");
        setSpacing(4);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("run-progress");
        epoch.setId("progress-epoch");
        batch.setId("progress-batch");
        speed.setId("progress-speed");
        elapsed.setId("progress-elapsed");
        eta.setId("progress-eta");
        state.setId("progress-state");
        FlowPane numbers = new FlowPane(18, 4, epoch, batch, speed, elapsed, eta, state);
        numbers.setAlignment(Pos.CENTER_LEFT);
        numbers.getStyleClass().add("progress-numbers");
        getChildren().addAll(bar, numbers);
        idle();
    }

    public void idle() {
        bar.setProgress(0);
        epoch.setText(TrainingText.text("training.progress.idle"));
        batch.setText("");
        speed.setText("");
        elapsed.setText("");
        eta.setText("");
        state.setText("");
    }

    /** Shows where a run is; called at most once per frame. */
    public void show(int epochNow, int epochs, int batchNow, int batches, long samplesDone, long samplesTotal,
                     double seconds) {
        bar.setProgress(samplesTotal == 0 ? 0 : Math.min(1, (double) samplesDone / samplesTotal));
        NumberFormat whole = NumberFormat.getIntegerInstance(TrainingText.locale());
        epoch.setText(TrainingText.text("training.progress.epoch", epochNow, epochs));
        batch.setText(TrainingText.text("training.progress.batch", batchNow, batches));
        speed.setText(TrainingText.text("training.progress.speed",
                whole.format(Math.round(RunClock.samplesPerSecond(samplesDone, seconds)))));
        elapsed.setText(TrainingText.text("training.progress.elapsed", RunClock.clockText(seconds)));
        eta.setText(TrainingText.text("training.progress.eta",
                RunClock.clockText(RunClock.etaSeconds(samplesDone, samplesTotal, seconds))));
    }

    /** A word on what the run is doing besides training: paused, evaluating, finished. */
    public void setState(String text) {
        state.setText(text);
    }

    public String epochText() {
        return epoch.getText();
    }

    public String speedText() {
        return speed.getText();
    }

    public String elapsedText() {
        return elapsed.getText();
    }
}
