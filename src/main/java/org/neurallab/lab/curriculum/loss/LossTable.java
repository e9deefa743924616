package org.neurallab.lab.curriculum.loss;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.neurallab.app.I18n;

/**
 * The lecture's table, one column per class: prediction y, target t, (y - t)^2 and t log(y + delta),
 * with the sums that the two losses are made of.
 */
final class LossTable extends GridPane {
    private static final String[] ROWS = {"curLoss.table.class", "curLoss.table.y", "curLoss.table.t",
        "curLoss.table.square", "curLoss.table.log"};
    private final Label[][] cells = new Label[ROWS.length][LossExample.CLASSES + 1];

    LossTable() {
        setId("loss-table");
        getStyleClass().add("loss-table");
        for (int r = 0; r < ROWS.length; r++) {
            Label name = new Label();
            name.textProperty().bind(I18n.get().bind(ROWS[r]));
            name.getStyleClass().add("row-name");
            name.setMaxWidth(Double.MAX_VALUE);
            add(name, 0, r);
            for (int c = 0; c <= LossExample.CLASSES; c++) {
                Label cell = new Label();
                cell.getStyleClass().add("cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cells[r][c] = cell;
                add(cell, c + 1, r);
            }
        }
        cells[0][LossExample.CLASSES].textProperty().bind(I18n.get().bind("curLoss.table.sum"));
    }

    void show(double[] y, int target) {
        double squares = 0;
        double logs = 0;
        for (int k = 0; k < y.length; k++) {
            double square = LossExample.squaredDifference(y, target, k);
            double log = LossExample.targetTimesLog(y, target, k);
            squares += square;
            logs += log;
            cells[0][k].setText(Integer.toString(k));
            cells[1][k].setText(trim(y[k]));
            cells[2][k].setText(k == target ? "1" : "0");
            cells[3][k].setText(trim(square));
            cells[4][k].setText(String.format(Locale.ROOT, "%.2f", log));
        }
        cells[1][y.length].setText(trim(sumOf(y)));
        cells[3][y.length].setText(trim(squares));
        cells[4][y.length].setText(String.format(Locale.ROOT, "%.4f", logs));
        for (int r = 1; r < ROWS.length; r++) {
            cells[r][y.length].getStyleClass().add("sum");
        }
    }

    private static double sumOf(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s;
    }

    /** Up to six decimals without trailing zeros, as the lecture writes 0.0025 and 0.16. */
    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
