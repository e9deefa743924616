package org.neurallab.lab.training.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.neurallab.app.I18n;
import org.neurallab.ui.chart.LiveChart;

/**
 * The loss and accuracy charts: the current run per batch (smoothed) and per epoch, training and
 * validation, with the earlier runs ticked for comparison overlaid in their own colours. Points are appended as
 * the run controller takes the worker's events; the presenter calls {@link #redraw()} at most once per
 * frame while the lab is shown.
 */
public final class TrainingCharts extends GridPane {
    private final LiveChart loss = new LiveChart();
    private final LiveChart accuracy = new LiveChart();
    private final List<RunRecord> earlier = new ArrayList<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(15);
    private final ChartLegend legend = new ChartLegend();
    private RunRecord current;
    /** On every overlaid run, and taken off again when the run is forgotten. */
    private final InvalidationListener onShown = o -> rebuild();

    public TrainingCharts() {
        getStyleClass().add("training-charts");
        loss.setId("loss-chart");
        accuracy.setId("accuracy-chart");
        setHgap(12);
        setVgap(4);
        add(legend, 0, 0, 2, 1);
        add(loss, 0, 1);
        add(accuracy, 1, 1);
        for (LiveChart c : List.of(loss, accuracy)) {
            GridPane.setHgrow(c, Priority.ALWAYS);
            GridPane.setVgrow(c, Priority.ALWAYS);
            c.darkProperty().bind(dark);
            c.fontSizeProperty().bind(fontSize);
            // One legend above both charts (they show the same lines) instead of one inside each plot.
            c.legendVisibleProperty().set(false);
            c.setPrefSize(420, 300);
            c.setMinSize(200, 150);
        }
        I18n.get().onChange(this, () -> rebuild());
        rebuild();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public LiveChart lossChart() {
        return loss;
    }

    public LiveChart accuracyChart() {
        return accuracy;
    }

    /**
     * Makes this the run drawn in full. The previous one joins the overlays, ticked, so two runs in a row
     * compare at once; a run that was only ticked that way is unticked when it falls further back, and only
     * the runs the student ticked stay. Twelve runs in a row draw two, not twelve.
     */
    public void startRun(RunRecord run) {
        if (current != null && !earlier.contains(current)) {
            for (RunRecord r : earlier) {
                if (!r.chosen()) {
                    r.shownProperty().set(false);
                }
            }
            earlier.add(current);
            current.shownProperty().set(true);
            current.shownProperty().addListener(onShown);
        }
        current = run;
        rebuild();
    }

    public RunRecord current() {
        return current;
    }

    public List<RunRecord> earlierRuns() {
        return List.copyOf(earlier);
    }

    /** Removes an earlier run from the overlays. */
    public void forget(RunRecord run) {
        earlier.remove(run);
        run.shownProperty().removeListener(onShown);
        rebuild();
    }

    /** Puts every series back in the charts with names in the current language. */
    public void rebuild() {
        loss.clear();
        accuracy.clear();
        loss.titleProperty().set(I18n.get().text("training.chart.loss"));
        accuracy.titleProperty().set(I18n.get().text("training.chart.accuracy"));
        loss.xLabelProperty().set(I18n.get().text("training.chart.epoch"));
        accuracy.xLabelProperty().set(I18n.get().text("training.chart.epoch"));
        List<RunRecord> overlaid = new ArrayList<>();
        for (RunRecord r : earlier) {
            if (r.shownProperty().get()) {
                overlaid.add(0, r); // newest first in the legend
                r.restyle(false);
                loss.addSeries(r.epochLoss);
                loss.addSeries(r.valLoss);
                accuracy.addSeries(r.epochAccuracy);
                accuracy.addSeries(r.valAccuracy);
            }
        }
        if (current != null) {
            current.restyle(true);
            for (var s : List.of(current.batchLoss, current.epochLoss, current.valLoss)) {
                loss.addSeries(s);
            }
            for (var s : List.of(current.batchAccuracy, current.epochAccuracy, current.valAccuracy)) {
                accuracy.addSeries(s);
            }
        }
        legend.show(current, overlaid);
        redraw();
    }

    /** The legend above both charts: one line, scrolled sideways when the ticked runs do not fit. */
    public ChartLegend legend() {
        return legend;
    }

    public void redraw() {
        loss.redraw();
        accuracy.redraw();
    }
}
