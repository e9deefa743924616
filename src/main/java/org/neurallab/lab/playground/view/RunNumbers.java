package org.neurallab.lab.playground.view;

import java.text.NumberFormat;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.Metrics;
import org.neurallab.ui.chart.LiveChart;
import org.neurallab.ui.chart.Series;

/**
 * How the run is doing: train and test loss and accuracy of the newest frame, and the loss curves by
 * epoch. The curves start over when the network is rebuilt or the run goes back in time.
 */
final class RunNumbers {
    private final Label trainLoss = new Label("-");
    private final Label testLoss = new Label("-");
    private final Label trainAccuracy = new Label("-");
    private final Label testAccuracy = new Label("-");
    private final LiveChart chart = new LiveChart();
    private final VBox node;
    private Series trainSeries;
    private Series testSeries;
    private int lastCharted = -1;

    RunNumbers() {
        I18n i18n = I18n.get();
        trainSeries = chart.addSeries(new Series(i18n.text("playground.trainLoss"), Color.web("#0877bd")));
        testSeries = chart.addSeries(new Series(i18n.text("playground.testLoss"), Color.web("#f59322")));
        chart.setPrefSize(360, 130);
        chart.setMinHeight(90);
        chart.xLabelProperty().bind(i18n.bind("playground.epoch"));
        node = new VBox(8, grid(), chart);
        i18n.onChange(node, this::relabelChart);
    }

    /** The numbers above their curves. */
    Node node() {
        return node;
    }

    LiveChart chart() {
        return chart;
    }

    /** Shows one frame's numbers and adds its epoch to the curves (once per epoch). */
    void show(int epoch, Metrics m) {
        NumberFormat f = NumberFormat.getNumberInstance(I18n.get().locale());
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        NumberFormat pct = NumberFormat.getPercentInstance(I18n.get().locale());
        pct.setMaximumFractionDigits(1);
        trainLoss.setText(Double.isFinite(m.trainLoss()) ? f.format(m.trainLoss()) : "-");
        testLoss.setText(Double.isFinite(m.testLoss()) ? f.format(m.testLoss()) : "-");
        trainAccuracy.setText(Double.isFinite(m.trainAccuracy()) ? pct.format(m.trainAccuracy()) : "-");
        testAccuracy.setText(Double.isFinite(m.testAccuracy()) ? pct.format(m.testAccuracy()) : "-");
        if (epoch != lastCharted && m.finite()) {
            if (epoch < lastCharted) {
                trainSeries.clear();
                testSeries.clear();
            }
            trainSeries.add(epoch, m.trainLoss());
            if (Double.isFinite(m.testLoss())) {
                testSeries.add(epoch, m.testLoss());
            }
            lastCharted = epoch;
            chart.redraw();
        }
    }

    /** A new network: the curves start again. */
    void clear() {
        trainSeries.clear();
        testSeries.clear();
        lastCharted = -1;
        chart.redraw();
    }

    /** Series names are fixed, so a language switch copies the curves into renamed series. */
    private void relabelChart() {
        Series train = new Series(I18n.get().text("playground.trainLoss"), trainSeries.color());
        Series test = new Series(I18n.get().text("playground.testLoss"), testSeries.color());
        for (int i = 0; i < trainSeries.size(); i++) {
            train.add(trainSeries.x(i), trainSeries.y(i));
        }
        for (int i = 0; i < testSeries.size(); i++) {
            test.add(testSeries.x(i), testSeries.y(i));
        }
        chart.clear();
        trainSeries = chart.addSeries(train);
        testSeries = chart.addSeries(test);
        chart.redraw();
    }

    private Node grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        trainLoss.setId("train-loss");
        testLoss.setId("test-loss");
        trainAccuracy.setId("train-accuracy");
        testAccuracy.setId("test-accuracy");
        grid.add(header(""), 0, 0);
        grid.add(header("playground.loss.header"), 1, 0);
        grid.add(header("playground.accuracy"), 2, 0);
        grid.addRow(1, header("playground.train"), trainLoss, trainAccuracy);
        grid.addRow(2, header("playground.test"), testLoss, testAccuracy);
        for (Label l : List.of(trainLoss, testLoss, trainAccuracy, testAccuracy)) {
            l.getStyleClass().add("playground-number");
            l.setMinWidth(Label.USE_PREF_SIZE);
            l.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        }
        return grid;
    }

    private static Label header(String key) {
        Label l = new Label();
        if (!key.isEmpty()) {
            l.textProperty().bind(I18n.get().bind(key));
        }
        l.getStyleClass().add("text-muted");
        return l;
    }
}
