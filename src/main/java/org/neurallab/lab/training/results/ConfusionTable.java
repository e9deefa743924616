package org.neurallab.lab.training.results;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;


/**
 * The confusion matrix as a heat table: rows are the true classes, columns what the model said.
 * Right answers (the diagonal) are shaded blue, mistakes orange, darker for a larger share of the
 * row. Clicking a cell asks for the images behind it.
 */
public final class ConfusionTable extends GridPane {
    private static final Color RIGHT = Color.web("#0072B2");
    private static final Color WRONG = Color.web("#D55E00");

    private BiConsumer<Integer, Integer> onCellClicked = (a, b) -> { };
    private int[][] matrix = new int[0][0];

    public ConfusionTable() {
        getStyleClass().add("confusion-table");
        setHgap(2);
        setVgap(2);
    }

    public void setOnCellClicked(BiConsumer<Integer, Integer> handler) {
        onCellClicked = handler;
    }

    /** Shows a matrix; class names label the rows (true classes) with their number and name. */
    public void setMatrix(int[][] m, List<String> classNames) {
        matrix = m;
        getChildren().clear();
        int n = m.length;
        for (int c = 0; c < n; c++) {
            Label h = header(String.valueOf(c));
            h.setTooltip(new Tooltip(classNames.get(c)));
            add(h, c + 1, 0);
            GridPane.setHalignment(h, HPos.CENTER);
        }
        for (int r = 0; r < n; r++) {
            String name = classNames.get(r);
            Label h = header(name.equals(String.valueOf(r)) ? name : r + " " + name);
            h.setAlignment(Pos.CENTER_LEFT);
            add(h, 0, r + 1);
            long rowSum = 0;
            for (int v : m[r]) {
                rowSum += v;
            }
            for (int c = 0; c < n; c++) {
                add(cell(r, c, m[r][c], rowSum), c + 1, r + 1);
            }
        }
    }

    public int[][] matrix() {
        return matrix;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Label cell(int r, int c, int count, long rowSum) {
        Label l = new Label(String.valueOf(count));
        l.setId("cell-" + r + "-" + c);
        l.getStyleClass().add("confusion-cell");
        l.setAlignment(Pos.CENTER);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(Label.USE_PREF_SIZE);
        double share = rowSum == 0 ? 0 : (double) count / rowSum;
        // Mistakes are rare, so their shade grows faster; a 5 % confusion is already clearly visible.
        double strength = r == c ? share : Math.min(1, Math.sqrt(share * 4));
        Color base = r == c ? RIGHT : WRONG;
        Color fill = count == 0 ? Color.TRANSPARENT : base.deriveColor(0, 1, 1, 0.12 + 0.88 * strength);
        l.setStyle("-fx-background-color: " + web(fill) + ";"
                + (strength > 0.55 ? "-fx-text-fill: white;" : ""));
        l.setTooltip(new Tooltip(I18n.get().text("training.confusion.tip", count, r, c)));
        l.setOnMouseClicked(e -> onCellClicked.accept(r, c));
        return l;
    }

    private static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.3f)", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255), c.getOpacity());
    }
}
