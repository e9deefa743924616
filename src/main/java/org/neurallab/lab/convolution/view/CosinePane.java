package org.neurallab.lab.convolution.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.Convolution;
import org.neurallab.lab.convolution.LectureExamples;
import org.neurallab.lab.convolution.NormalisedConvolution;

/**
 * Lecture 002's "normalised convolution is cosine similarity": the picture, filter A, and the 5x5 map of cosines.
 * Clicking a map cell shows that window and filter scaled to length 1 and their dot product.
 */
public class CosinePane extends VBox {
    static final Color WORKED = Color.web("#2563eb");
    static final Color BEST = Color.web("#db2777");

    private final GridCanvas image = new GridCanvas();
    private final GridCanvas filter = new GridCanvas();
    private final GridCanvas map = new GridCanvas();
    private final GridCanvas unitWindow = new GridCanvas();
    private final GridCanvas unitFilter = new GridCanvas();
    private final Label sum = new Label();
    private final double[][] cosines = LectureExamples.cosineMap();
    private final int bestRow;
    private final int bestCol;
    private int row = LectureExamples.WORKED_ROW;
    private int col = LectureExamples.WORKED_COL;

    public CosinePane() {
        setSpacing(10);
        setPadding(new Insets(4));
        int br = 0;
        int bc = 0;
        for (int r = 0; r < cosines.length; r++) {
            for (int c = 0; c < cosines[0].length; c++) {
                if (cosines[r][c] > cosines[br][bc]) {
                    br = r;
                    bc = c;
                }
            }
        }
        bestRow = br;
        bestCol = bc;
        Label explain = new Label();
        explain.textProperty().bind(I18n.get().bind("convolution.cosine.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        image.setMaxCell(40);
        image.show(LectureExamples.COSINE_IMAGE, GridCanvas.Style.INK, LectureExamples.COSINE_PADDING);
        image.setNumbers(true, 1);
        filter.setMaxCell(40);
        filter.show(LectureExamples.FILTER_A, GridCanvas.Style.INK, 0);
        filter.setNumbers(true, 1);
        map.setMaxCell(56);
        map.show(cosines, GridCanvas.Style.DIVERGING, 0);
        map.setNumbers(true, 3);
        map.setFixedDecimals(true);
        map.setId("conv-cosine-map");
        map.setOnMouseClicked(e -> {
            double cell = map.cellSize();
            double ox = Math.floor((map.getWidth() - cell * cosines[0].length) / 2);
            int c = (int) ((e.getX() - ox) / cell);
            int r = (int) (e.getY() / cell);
            if (r >= 0 && c >= 0 && r < cosines.length && c < cosines[0].length) {
                select(r, c);
            }
        });
        unitWindow.setMaxCell(48);
        unitFilter.setMaxCell(48);
        unitWindow.setNumbers(true, 3);
        unitFilter.setNumbers(true, 3);
        unitWindow.setFixedDecimals(true);
        unitFilter.setFixedDecimals(true);
        HBox top = new HBox(16, captioned("cosine.image", image), captioned("cosine.filter", filter),
                captioned("cosine.map", map));
        Label times = new Label("·");
        times.getStyleClass().add("title-2");
        sum.setWrapText(true);
        sum.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        sum.setId("conv-cosine-sum");
        HBox bottom = new HBox(16, captioned("cosine.unitWindow", unitWindow), times,
                captioned("cosine.unitFilter", unitFilter), sum);
        bottom.setAlignment(Pos.CENTER_LEFT);
        Label legend = new Label();
        legend.textProperty().bind(I18n.get().bind("convolution.cosine.legend", I18n.get().number(cosines[bestRow][bestCol], 3)));
        legend.setWrapText(true);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(explain, top, legend, bottom);
        I18n.get().onChange(this, () -> select(row, col));
        select(row, col);
    }

    private static VBox captioned(String key, GridCanvas grid) {
        Label caption = new Label();
        caption.textProperty().bind(I18n.get().bind("convolution." + key));
        return new VBox(4, caption, grid);
    }

    /** Shows the window behind map cell (r, c). */
    public void select(int r, int c) {
        row = r;
        col = c;
        Convolution.Window w = Convolution.window(LectureExamples.COSINE_IMAGE, LectureExamples.FILTER_A, 1,
                LectureExamples.COSINE_PADDING, r, c);
        List<GridCanvas.Mark> mapMarks = new ArrayList<>();
        mapMarks.add(new GridCanvas.Mark(LectureExamples.WORKED_ROW, LectureExamples.WORKED_COL, 1, 1, WORKED));
        mapMarks.add(new GridCanvas.Mark(bestRow, bestCol, 1, 1, BEST));
        mapMarks.add(new GridCanvas.Mark(r, c, 1, 1, SlidingWindowPane.CELL, 6));
        map.setMarks(mapMarks);
        image.setMarks(List.of(new GridCanvas.Mark(w.top(), w.left(), 3, 3, SlidingWindowPane.CELL)));
        unitWindow.show(NormalisedConvolution.unit(w.inputs()), GridCanvas.Style.INK, 0);
        unitFilter.show(NormalisedConvolution.unit(LectureExamples.FILTER_A), GridCanvas.Style.INK, 0);
        sum.setText(I18n.get().text("convolution.cosine.sum", r + 1, c + 1, I18n.get().number(cosines[r][c], 3)));
    }

    public double selectedValue() {
        return cosines[row][col];
    }
}
