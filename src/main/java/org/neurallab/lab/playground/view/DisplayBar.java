package org.neurallab.lab.playground.view;

import java.io.File;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.ToggleSwitch;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.state.PaletteKind;
import org.neurallab.ui.Switches;

/**
 * The bar under the network: the File menu, switches for how the page is shown (colour-blind palette, large
 * output, gradients instead of weights) and the page's message line.
 */
final class DisplayBar {
    private final FileMenu files;
    private final ToggleSwitch colorBlind = Switches.create("color-blind");
    private final ToggleSwitch large = Switches.create("large-canvas");
    private final ToggleSwitch gradients = Switches.create("show-gradients");
    private final FlowPane node;

    /** @param owner the page, for the file dialogs */
    DisplayBar(PlaygroundController controller, Node owner, Label message) {
        files = new FileMenu(controller, owner);
        colorBlind.textProperty().bind(I18n.get().bind("playground.colorBlind"));
        colorBlind.selectedProperty().addListener((o, was, on) -> {
            PaletteKind palette = on ? PaletteKind.COLOR_BLIND : PaletteKind.STANDARD;
            if (controller.configProperty().get().getPalette() != palette) {
                controller.change(PlaygroundController.Kind.DISPLAY, c -> c.setPalette(palette));
            }
        });
        controller.configProperty().addListener((o, old, now) ->
                colorBlind.setSelected(now.getPalette() == PaletteKind.COLOR_BLIND));
        large.textProperty().bind(I18n.get().bind("playground.largeCanvas"));
        gradients.textProperty().bind(I18n.get().bind("playground.gradients"));
        Tooltip gradientTip = new Tooltip();
        gradientTip.textProperty().bind(I18n.get().bind("playground.gradients.tooltip"));
        gradientTip.setWrapText(true);
        gradientTip.setMaxWidth(380);
        gradients.setTooltip(gradientTip);
        node = new FlowPane(16, 6, files.node(), colorBlind, large, gradients, message);
        node.setPadding(new Insets(6, 8, 6, 8));
        node.setAlignment(Pos.CENTER_LEFT);
    }

    Node node() {
        return node;
    }

    /** On: the output takes more of the page and the data panel steps aside. */
    BooleanProperty largeCanvasProperty() {
        return large.selectedProperty();
    }

    /** On: links and neurons show gradients instead of weights. */
    BooleanProperty gradientsProperty() {
        return gradients.selectedProperty();
    }

    /** Saves the configuration with its weights; a failure is reported in the message line. */
    void saveTo(File file) {
        files.saveTo(file);
    }
}
