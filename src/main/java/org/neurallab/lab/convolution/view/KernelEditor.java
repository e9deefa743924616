package org.neurallab.lab.convolution.view;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.ConvolutionLab;
import org.neurallab.lab.convolution.Kernel;
import org.neurallab.lab.convolution.KernelGallery;

/** Gallery, 3x3/5x5 switch, normalise toggle and the grid of editable weights. */
public class KernelEditor extends VBox {
    private final ConvolutionLab lab;
    private final Runnable onChange;
    private final GridPane grid = new GridPane();
    private final ComboBox<Kernel> gallery = new ComboBox<>();
    private final ToggleButton three = new ToggleButton("3×3");
    private final ToggleButton five = new ToggleButton("5×5");
    private final CheckBox normalise = new CheckBox();
    private TextField[][] cells = new TextField[0][0];
    private boolean updating;

    public KernelEditor(ConvolutionLab lab, Runnable onChange) {
        this.lab = lab;
        this.onChange = onChange;
        setSpacing(8);
        getStyleClass().add("conv-kernel-editor");

        Label title = new Label();
        title.textProperty().bind(I18n.get().bind("convolution.kernel.title"));
        title.getStyleClass().add("title-4");

        gallery.getItems().addAll(KernelGallery.ALL);
        gallery.setCellFactory(v -> new KernelCell());
        gallery.setButtonCell(new KernelCell());
        gallery.setId("conv-gallery");
        gallery.setOnAction(e -> {
            if (!updating && gallery.getValue() != null) {
                lab.setKernel(gallery.getValue());
                rebuild();
                onChange.run();
            }
        });
        gallery.setMaxWidth(Double.MAX_VALUE);
        I18n.get().onChange(this, () -> {
            gallery.setButtonCell(new KernelCell());
        });

        ToggleGroup sizes = new ToggleGroup();
        three.setToggleGroup(sizes);
        five.setToggleGroup(sizes);
        three.setOnAction(e -> resize(3));
        five.setOnAction(e -> resize(5));
        normalise.textProperty().bind(I18n.get().bind("convolution.kernel.normalise"));
        normalise.setId("conv-normalise");
        normalise.setOnAction(e -> {
            lab.setNormalise(normalise.isSelected());
            onChange.run();
        });
        three.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        five.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        normalise.setWrapText(true);
        normalise.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox sizeRow = new HBox(6, three, five);
        sizeRow.setAlignment(Pos.CENTER_LEFT);

        grid.setHgap(4);
        grid.setVgap(4);
        getChildren().addAll(title, gallery, sizeRow, grid, normalise);
        rebuild();
    }

    private void resize(int side) {
        if (lab.kernelSide() != side) {
            lab.resizeKernel(side);
            rebuild();
            onChange.run();
        }
        syncSizeButtons();
    }

    /** Refills the grid from the model, e.g. after picking a gallery kernel. */
    public void rebuild() {
        updating = true;
        int n = lab.kernelSide();
        grid.getChildren().clear();
        cells = new TextField[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                TextField f = new TextField(lab.cell(r, c));
                f.setId("conv-cell-" + r + "-" + c);
                f.setPrefColumnCount(3);
                f.setAlignment(Pos.CENTER);
                int row = r;
                int col = c;
                f.textProperty().addListener((o, a, text) -> {
                    if (!updating) {
                        lab.setCell(row, col, text);
                        gallery.setValue(null);
                        onChange.run();
                    }
                });
                cells[r][c] = f;
                grid.add(f, c, r);
            }
        }
        gallery.setValue(KernelGallery.byId(lab.kernelId()).orElse(null));
        normalise.setSelected(lab.normalise());
        syncSizeButtons();
        updating = false;
    }

    private void syncSizeButtons() {
        three.setSelected(lab.kernelSide() == 3);
        five.setSelected(lab.kernelSide() == 5);
    }

    /** Marks the cell a problem points at (1-based row/col), or clears all marks with row 0. */
    public void markBadCell(int row, int col) {
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                cells[r][c].pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"),
                        r == row - 1 && c == col - 1);
            }
        }
    }

    private static final class KernelCell extends ListCell<Kernel> {
        @Override
        protected void updateItem(Kernel k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? I18n.get().text("convolution.kernel.custom") : I18n.get().text("convolution.kernel." + k.id()));
        }
    }
}
