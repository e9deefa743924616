package org.neurallab.lab.digits.view;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.neurallab.lab.digits.model.Prediction;

/** One bar per class with its name and percentage; the most likely class is highlighted. */
public final class ProbabilityBars extends GridPane {
    private final List<Label> names = new ArrayList<>();
    private final List<ProgressBar> bars = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
        setHgap(8);
        setVgap(4);
    }

    /** Shows the labels with the prediction (null = no prediction: empty bars). */
    public void show(List<String> labels, Prediction prediction, Locale locale) {
        ensureRows(labels.size());
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        percent.setMinimumFractionDigits(1);
        int top = prediction == null ? -1 : prediction.top();
        for (int i = 0; i < names.size(); i++) {
            boolean visible = i < labels.size();
            names.get(i).setVisible(visible);
            names.get(i).setManaged(visible);
            bars.get(i).setVisible(visible);
            bars.get(i).setManaged(visible);
            values.get(i).setVisible(visible);
            values.get(i).setManaged(visible);
            if (!visible) {
                continue;
            }
            names.get(i).setText(labels.get(i));
            double p = prediction == null || i >= prediction.classCount() ? 0 : prediction.probability(i);
            bars.get(i).setProgress(p);
            values.get(i).setText(prediction == null ? "" : percent.format(p));
            toggle(names.get(i), i == top);
            toggle(bars.get(i), i == top);
            toggle(values.get(i), i == top);
        }
    }

    private static void toggle(javafx.scene.Node node, boolean on) {
        if (on && !node.getStyleClass().contains("top-class")) {
            node.getStyleClass().add("top-class");
        } else if (!on) {
            node.getStyleClass().remove("top-class");
        }
    }

    private void ensureRows(int n) {
        while (names.size() < n) {
            int row = names.size();
            Label name = new Label();
            name.getStyleClass().add("class-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setId("class-name-" + row);
            ProgressBar bar = new ProgressBar(0);
            bar.setId("class-bar-" + row);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("class-bar");
            Label value = new Label();
            value.setId("class-value-" + row);
            value.getStyleClass().add("class-value");
            value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox barBox = new HBox(bar);
            HBox.setHgrow(bar, Priority.ALWAYS);
            barBox.setAlignment(Pos.CENTER_LEFT);
            GridPane.setHgrow(barBox, Priority.ALWAYS);
            addRow(row, name, barBox, value);
            names.add(name);
            bars.add(bar);
            values.add(value);
        }
    }

    /** The probability shown for a class, 0..1 (for tests). */
    public double shown(int classIndex) {
        return bars.get(classIndex).getProgress();
    }
}
