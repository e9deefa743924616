package org.neurallab.lab.convolution.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.ColourConvolution;
import org.neurallab.lab.convolution.ConvolutionLab;
import org.neurallab.lab.convolution.LabImage;

/**
 * A colour picture through one conv filter: each channel (red, green, blue) convolved with its own slice of the
 * kernel, and the three maps added. A channel can be left out to see what it contributes.
 */
public class ChannelsPane extends VBox {
    private static final String[] CHANNELS = {"red", "green", "blue"};

    private final GridCanvas[] inputs = new GridCanvas[3];
    private final GridCanvas[] maps = new GridCanvas[3];
    private final CheckBox[] use = new CheckBox[3];
    private final GridCanvas sum = new GridCanvas();
    private final Label notice = new Label();
    private final GridPane grid = new GridPane();
    private ConvolutionLab lab;

    public ChannelsPane() {
        setSpacing(10);
        setPadding(new Insets(4));
        Label intro = new Label();
        intro.textProperty().bind(I18n.get().bind("convolution.channels.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.setWrapText(true);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.getStyleClass().add("warning");
        grid.setHgap(12);
        grid.setVgap(6);
        for (int ch = 0; ch < 3; ch++) {
            inputs[ch] = new GridCanvas();
            maps[ch] = new GridCanvas();
            inputs[ch].setMaxCell(3);
            maps[ch].setMaxCell(3);
            use[ch] = new CheckBox();
            use[ch].setSelected(true);
            use[ch].textProperty().bind(I18n.get().bind("convolution.channels." + CHANNELS[ch]));
            use[ch].setOnAction(e -> refresh());
            grid.add(use[ch], 0, ch);
            grid.add(inputs[ch], 1, ch);
            Label times = new Label("∗ " + "k  →");
            grid.add(times, 2, ch);
            grid.add(maps[ch], 3, ch);
        }
        Label plus = new Label("Σ →");
        plus.getStyleClass().add("title-3");
        sum.setMaxCell(4);
        Label sumCaption = new Label();
        sumCaption.textProperty().bind(I18n.get().bind("convolution.channels.sum"));
        VBox sumBox = new VBox(4, sumCaption, sum);
        sumBox.setAlignment(Pos.CENTER_LEFT);
        grid.add(plus, 4, 1);
        grid.add(sumBox, 5, 0, 1, 3);
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(intro, notice, grid);
        I18n.get().onChange(this, () -> refresh());
    }

    /** Follows the kernel view: same image, kernel, stride and padding. */
    public void follow(ConvolutionLab lab) {
        this.lab = lab;
        refresh();
    }

    private void refresh() {
        if (lab == null) {
            return;
        }
        LabImage img = lab.image();
        grid.setVisible(img.isColour());
        notice.setText(img.isColour() ? "" : I18n.get().text("convolution.channels.needColour"));
        if (!img.isColour()) {
            return;
        }
        ConvolutionLab.Output out = lab.output();
        double[][][] kernels = ColourConvolution.sameForEach(out.kernel(), 3);
        for (int ch = 0; ch < 3; ch++) {
            if (!use[ch].isSelected()) {
                kernels[ch] = new double[out.kernel().length][out.kernel()[0].length];
            }
        }
        if (out.input().length != img.height() || out.input()[0].length != img.width()) {
            return; // the kernel view still shows an older image (its last good state); wait for a good one
        }
        ColourConvolution.Result r = ColourConvolution.apply(img.channels(), kernels, out.stride(), out.padding());
        for (int ch = 0; ch < 3; ch++) {
            inputs[ch].show(img.channels()[ch], GridCanvas.Style.GREY, 0);
            maps[ch].show(r.perChannel()[ch], GridCanvas.Style.DIVERGING, 0);
        }
        sum.show(r.sum(), GridCanvas.Style.DIVERGING, 0);
    }
}
