package org.neurallab.lab.convolution.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.Convolution;

/** The multiply-adds of one window: "input × weight" per kernel cell, then their sum, the output cell's value. */
public class MultiplyAddTable extends VBox {
    private final GridPane grid = new GridPane();
    private final Label sum = new Label();
    private final Label hint = new Label();

    public MultiplyAddTable() {
        setSpacing(6);
        grid.setHgap(10);
        grid.setVgap(2);
        grid.getStyleClass().add("conv-products");
        sum.setId("conv-sum");
        sum.getStyleClass().add("title-4");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.textProperty().bind(I18n.get().bind("convolution.window.hint"));
        getChildren().addAll(hint, grid, sum);
        // room for a 5x5 table from the start, so the pictures above do not jump when the window starts moving
        getStyleClass().add("conv-products-box");
    }

    public void show(Convolution.Window w) {
        grid.getChildren().clear();
        if (w == null) {
            sum.setText("");
            hint.setVisible(true);
            return;
        }
        hint.setVisible(false);
        double[][] in = w.inputs();
        double[][] k = w.weights();
        for (int i = 0; i < in.length; i++) {
            for (int j = 0; j < in[0].length; j++) {
                String weight = I18n.get().number(k[i][j], 3);
                String text = I18n.get().number(in[i][j], 2) + "×" + (k[i][j] < 0 ? "(" + weight + ")" : weight);
                Label cell = new Label(text);
                cell.setAlignment(Pos.CENTER_RIGHT);
                cell.getStyleClass().add("conv-product");
                if (w.product(i, j) != 0) {
                    cell.getStyleClass().add("conv-product-nonzero");
                }
                grid.add(cell, j, i);
            }
        }
        sum.setText(I18n.get().text("convolution.window.sum", w.row() + 1, w.col() + 1, I18n.get().number(w.sum(), 3)));
    }
}
