package org.neurallab.lab.training.results;

import java.text.NumberFormat;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.data.ImageDataset;
import org.neurallab.train.Evaluation;

/**
 * After training: the test accuracy, the confusion matrix and, for a clicked cell, the images
 * behind it with what the model believed.
 */
public final class ResultsPane extends VBox {
    private final Label accuracy = new Label();
    private final Label hint = new Label();
    private final Label caption = new Label();
    private int[] shownCell;
    private final ConfusionTable table = new ConfusionTable();
    private final MisclassifiedGallery gallery = new MisclassifiedGallery();
    private Evaluation evaluation;
    private ImageDataset images;
    private List<String> classNames = List.of();

    public ResultsPane() {
        getStyleClass().add("training-results");
        setSpacing(10);
        accuracy.setId("test-accuracy");
        accuracy.getStyleClass().add("test-accuracy");
        accuracy.setWrapText(true);
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        table.setId("confusion-table");
        table.setOnCellClicked(this::showCell);
        caption.getStyleClass().add("text-muted");
        caption.setWrapText(true);
        // The gallery goes below the table: beside it, it would be squeezed off a 1280-pixel screen.
        getChildren().addAll(accuracy, caption, table, hint, gallery);
        I18n.get().onChange(this, () -> refresh());
        refresh();
    }

    /** Shows an evaluation; class names in the current language, one per class. */
    public void show(Evaluation eval, ImageDataset source, List<String> names) {
        evaluation = eval;
        images = source;
        classNames = List.copyOf(names);
        shownCell = null;
        gallery.clear();
        refresh();
        // Start where students look first: the most frequent mistake.
        int[][] m = eval.confusion();
        int bestR = -1;
        int bestC = -1;
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m.length; c++) {
                if (r != c && (bestR < 0 || m[r][c] > m[bestR][bestC])) {
                    bestR = r;
                    bestC = c;
                }
            }
        }
        if (bestR >= 0 && m[bestR][bestC] > 0) {
            showCell(bestR, bestC);
        }
    }

    public void clear() {
        evaluation = null;
        shownCell = null;
        gallery.clear();
        refresh();
    }

    /** Re-labels with new class names (a language switch). */
    public void setClassNames(List<String> names) {
        classNames = List.copyOf(names);
        refresh();
    }

    private void refresh() {
        if (evaluation == null) {
            accuracy.setText(I18n.get().text("training.results.none"));
            table.getChildren().clear();
            hint.setText("");
            caption.setText("");
            return;
        }
        NumberFormat pct = NumberFormat.getPercentInstance(I18n.get().locale());
        pct.setMinimumFractionDigits(2);
        accuracy.setText(I18n.get().text("training.results.test", pct.format(evaluation.accuracy())));
        table.setMatrix(evaluation.confusion(), classNames);
        hint.setText(I18n.get().text("training.results.hint"));
        caption.setText(I18n.get().text("training.confusion.corner"));
        if (shownCell != null) {
            showCell(shownCell[0], shownCell[1]);
        }
    }

    /** Shows the images of one cell (what a click on it does). */
    public void showCell(int actual, int guessed) {
        if (evaluation != null) {
            shownCell = new int[] {actual, guessed};
            gallery.show(evaluation, images, classNames, actual, guessed, Math.max(56, accuracy.getFont().getSize() * 4));
        }
    }

    public ConfusionTable table() {
        return table;
    }

    public MisclassifiedGallery gallery() {
        return gallery;
    }

    public Label accuracyLabel() {
        return accuracy;
    }

    public Evaluation evaluation() {
        return evaluation;
    }
}
