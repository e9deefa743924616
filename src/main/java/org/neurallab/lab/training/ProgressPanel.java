package org.neurallab.lab.training;

import java.text.NumberFormat;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.training.settings.RunClock;

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
        I18n.get().onChange(this, () -> {
            render.run();
            renderState();
        });
    }

    /** The last update, repeated when the language changes. */
    private Runnable render = () -> { };
    private java.util.function.Supplier<String> stateText = () -> "";
    private boolean evaluating;

    public void idle() {
        render = this::showIdle;
        render.run();
    }

    private void showIdle() {
        bar.setProgress(0);
        epoch.setText(I18n.get().text("training.progress.idle"));
        batch.setText("");
        speed.setText("");
        elapsed.setText("");
        eta.setText("");
    }

    /** Shows where a run is; called at most once per frame. */
    public void show(int epochNow, int epochs, int batchNow, int batches, double samplesPerSecond,
                     double elapsedSeconds, double etaSeconds) {
        render = () -> render(epochNow, epochs, batchNow, batches, samplesPerSecond, elapsedSeconds, etaSeconds);
        render.run();
    }

    private void render(int epochNow, int epochs, int batchNow, int batches, double samplesPerSecond,
                        double elapsedSeconds, double etaSeconds) {
        double done = epochs * (double) batches == 0 ? 0 : ((epochNow - 1) * (double) batches + batchNow) / (epochs * (double) batches);
        bar.setProgress(Math.max(0, Math.min(1, done)));
        NumberFormat whole = NumberFormat.getIntegerInstance(I18n.get().locale());
        epoch.setText(I18n.get().text("training.progress.epoch", epochNow, epochs));
        batch.setText(I18n.get().text("training.progress.batch", batchNow, batches));
        speed.setText(I18n.get().text("training.progress.speed", whole.format(Math.round(samplesPerSecond))));
        elapsed.setText(I18n.get().text("training.progress.elapsed", RunClock.clockText(elapsedSeconds)));
        eta.setText(I18n.get().text("training.progress.eta", RunClock.clockText(etaSeconds)));
    }

    /** A word on what the run is doing besides training (paused, finished): a text key, or null for none. */
    public void setState(String key, Object... args) {
        stateText = key == null ? () -> "" : () -> I18n.get().text(key, args);
        renderState();
    }

    /** Adds "measuring the test images…" after the state while the test set is evaluated. */
    public void setEvaluating(boolean on) {
        evaluating = on;
        renderState();
    }

    private void renderState() {
        String text = stateText.get();
        if (evaluating) {
            text = (text.isEmpty() ? "" : text + "  ") + I18n.get().text("training.progress.evaluating");
        }
        state.setText(text);
    }

    /** A label in the body font: its size follows the UI scale, so charts can follow it too. */
    Label fontProbe() {
        return state;
    }

    public String stateText() {
        return state.getText();
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
