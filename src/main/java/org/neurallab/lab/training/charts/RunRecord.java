package org.neurallab.lab.training.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.io.EpochRecord;
import org.neurallab.ui.chart.Palette;
import org.neurallab.ui.chart.Series;

/**
 * One training run as the charts and the comparison list keep it: its curves (per batch and per
 * epoch), its history and a short description, so an earlier run can be overlaid on a new one.
 * Touched on the FX thread only.
 */
public final class RunRecord {
    /** Weight of the past in the per-batch moving average: follows roughly the last 20 batches. */
    static final double SMOOTHING = 0.95;
    /**
     * The palette colours earlier runs take turns with: not the current run's three (blue, orange, green),
     * and pink before vermillion, which is hard to tell from the current run's orange.
     */
    private static final int[] EARLIER_COLORS = {4, 7, 3, 5, 6};

    private final int number;
    private final String description;
    private final String tagKey;
    private final Color color;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    /** Ticked by the student (not just the run before the current one, which the charts tick themselves). */
    private boolean chosen;
    private final DoubleProperty testAccuracy = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty status = new SimpleStringProperty("");
    private final List<EpochRecord> history = new ArrayList<>();
    Series batchLoss = new Series("", Color.BLACK, SMOOTHING, false);
    Series batchAccuracy = new Series("", Color.BLACK, SMOOTHING, false);
    Series epochLoss = new Series("", Color.BLACK);
    Series epochAccuracy = new Series("", Color.BLACK);
    Series valLoss = new Series("", Color.BLACK);
    Series valAccuracy = new Series("", Color.BLACK);

    public RunRecord(int number, String description) {
        this(number, description, null);
    }

    /**
     * @param tagKey bundle key of what sets this run apart in its name ("no dropout"), or null
     */
    public RunRecord(int number, String description, String tagKey) {
        this.number = number;
        this.description = description;
        this.tagKey = tagKey;
        this.color = Palette.color(EARLIER_COLORS[Math.floorMod(number - 1, EARLIER_COLORS.length)]);
    }

    public int number() {
        return number;
    }

    /** "Run 3" or "Run 3 · no dropout", in the current language. */
    public String name() {
        String name = I18n.get().text("training.runs.name", number);
        return tagKey == null ? name : name + " · " + I18n.get().text(tagKey);
    }

    /** Whether the student ticked this run to compare it (as opposed to the automatic tick). */
    public boolean chosen() {
        return chosen;
    }

    /** The student's own tick or untick: a chosen run stays on the charts until unticked. */
    public void choose(boolean on) {
        chosen = on;
        shown.set(on);
    }

    public String description() {
        return description;
    }

    public Color color() {
        return color;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public DoubleProperty testAccuracyProperty() {
        return testAccuracy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** One batch: x is the position in epochs (1.5 = half way through the second epoch). */
    public void addBatch(double x, double loss, double accuracy) {
        batchLoss.add(x, loss);
        batchAccuracy.add(x, accuracy);
    }

    public void addEpoch(EpochRecord r) {
        history.add(r);
        epochLoss.add(r.epoch(), r.loss());
        epochAccuracy.add(r.epoch(), r.accuracy());
        if (Double.isFinite(r.valLoss())) {
            valLoss.add(r.epoch(), r.valLoss());
            valAccuracy.add(r.epoch(), r.valAccuracy());
        }
    }

    /**
     * Gives the curves legend names in the current language and their colours: the run being trained
     * in three colours (batch, epoch, validation), an earlier run in its own colour.
     */
    void restyle(boolean isCurrent) {
        String prefix = name() + ": ";
        String batch = prefix + I18n.get().text("training.chart.batch");
        String train = prefix + I18n.get().text("training.chart.train");
        String val = prefix + I18n.get().text("training.chart.val");
        Color batchColor = isCurrent ? Palette.color(0) : color;
        Color trainColor = isCurrent ? Palette.color(2) : color;
        Color valColor = isCurrent ? Palette.color(1) : color;
        batchLoss = copy(batchLoss, batch, batchColor, SMOOTHING, false);
        batchAccuracy = copy(batchAccuracy, batch, batchColor, SMOOTHING, false);
        epochLoss = copy(epochLoss, train, trainColor, 0, false);
        epochAccuracy = copy(epochAccuracy, train, trainColor, 0, false);
        valLoss = copy(valLoss, val, valColor, 0, true);
        valAccuracy = copy(valAccuracy, val, valColor, 0, true);
    }

    private static Series copy(Series s, String name, Color color, double smoothing, boolean dashed) {
        Series c = new Series(name, color, smoothing, dashed);
        for (int i = 0; i < s.size(); i++) {
            c.add(s.x(i), s.y(i));
        }
        return c;
    }

    public List<EpochRecord> history() {
        return List.copyOf(history);
    }

    public int batchPoints() {
        return batchLoss.size();
    }

    /** The last finished epoch's validation accuracy, or its training accuracy without validation. */
    public double lastAccuracy() {
        if (history.isEmpty()) {
            return Double.NaN;
        }
        EpochRecord last = history.get(history.size() - 1);
        return Double.isFinite(last.valAccuracy()) ? last.valAccuracy() : last.accuracy();
    }
}
