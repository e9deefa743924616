package org.neurallab.lab.playground.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.PlaygroundConfig;

/** The header above one hidden layer: +/- for its neurons, their count, and the layer's activation. */
final class LayerHeader {
    private LayerHeader() {
    }

    static VBox create(PlaygroundController controller, int layer) {
        PlaygroundConfig c = controller.configProperty().get();
        I18n i18n = I18n.get();
        int i = layer;
        HiddenLayer h = c.getLayers().get(i);
        Button plus = new Button("+");
        Button minus = new Button("\u2212");
        plus.setId("neurons-plus-" + i);
        minus.setId("neurons-minus-" + i);
        plus.getStyleClass().add("small");
        minus.getStyleClass().add("small");
        plus.setDisable(h.neurons() >= HiddenLayer.MAX_NEURONS || locked(controller, Control.NEURONS));
        minus.setDisable(h.neurons() <= 1 || locked(controller, Control.NEURONS));
        plus.setOnAction(e -> changeNeurons(controller, layer, +1));
        minus.setOnAction(e -> changeNeurons(controller, layer, -1));
        HBox buttons = new HBox(4, plus, minus);
        buttons.setAlignment(Pos.CENTER);
        Label count = new Label(i18n.text("playground.layer.neurons", h.neurons()));
        count.getStyleClass().add("text-small");
        ComboBox<Activation> activation = new ComboBox<>();
        activation.getItems().setAll(PlaygroundConfig.ACTIVATIONS);
        activation.setConverter(I18n.get().converter(ChoiceKeys::activation));
        activation.setValue(h.activation());
        activation.setId("layer-activation-" + i);
        activation.setMaxWidth(Double.MAX_VALUE);
        activation.setMinWidth(40);
        activation.setPrefWidth(40);
        activation.getStyleClass().add("small");
        activation.setDisable(locked(controller, Control.ACTIVATION));
        activation.setOnAction(e -> {
            Activation chosen = activation.getValue();
            if (chosen != null && chosen != controller.configProperty().get().getLayers().get(layer).activation()) {
                controller.change(PlaygroundController.Kind.STRUCTURE, cfg -> {
                    List<HiddenLayer> layers = new ArrayList<>(cfg.getLayers());
                    layers.set(layer, layers.get(layer).withActivation(chosen));
                    cfg.setLayers(layers);
                });
            }
        });
        VBox header = new VBox(2, buttons, count, activation);
        header.setAlignment(Pos.TOP_CENTER);
        // headers share a column with the neurons: a smaller font keeps "Leaky ReLU" readable there
        header.setStyle("-fx-font-size: 0.88em;");
        activation.setStyle("-fx-padding: 0 -4 0 -4;");
        header.setFillWidth(true);
        header.setVisible(!hidden(controller, Control.NEURONS) || !hidden(controller, Control.ACTIVATION));
        return header;
    }

    private static boolean locked(PlaygroundController controller, Control c) {
        return controller.configProperty().get().getLesson().locks(c);
    }

    private static boolean hidden(PlaygroundController controller, Control c) {
        return controller.configProperty().get().getLesson().hides(c);
    }

    private static void changeNeurons(PlaygroundController controller, int layer, int delta) {
        controller.change(PlaygroundController.Kind.STRUCTURE, c -> {
            List<HiddenLayer> layers = new ArrayList<>(c.getLayers());
            HiddenLayer old = layers.get(layer);
            int n = Math.max(1, Math.min(HiddenLayer.MAX_NEURONS, old.neurons() + delta));
            layers.set(layer, old.withNeurons(n));
            c.setLayers(layers);
        });
    }

}
