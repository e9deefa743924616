package org.neurallab.lab.digits.view;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.neurallab.app.I18n;

/** The bar above the pad: the three modes, "choose model…", the model's name and the last message. */
public final class DigitsToolbar extends HBox {
    private final Map<DigitsMode, ToggleButton> modeButtons = new EnumMap<>(DigitsMode.class);
    private final StatusText modelName;
    private final StatusText message;

    public DigitsToolbar(I18n i18n, Consumer<DigitsMode> onMode, Runnable onChooseModel) {
        ToggleGroup group = new ToggleGroup();
        HBox modes = new HBox(4);
        for (DigitsMode m : DigitsMode.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(i18n.bind("digits.mode." + name));
            b.setId("digits-mode-" + name);
            b.setToggleGroup(group);
            b.setSelected(m == DigitsMode.DIGITS);
            b.setOnAction(e -> {
                b.setSelected(true);
                onMode.accept(m);
            });
            modeButtons.put(m, b);
            modes.getChildren().add(b);
        }
        Button choose = new Button();
        choose.textProperty().bind(i18n.bind("digits.model.choose"));
        choose.setId("digits-choose-model");
        choose.setOnAction(e -> onChooseModel.run());
        modelName = new StatusText(i18n);
        modelName.setId("digits-model-name");
        modelName.getStyleClass().add("text-muted");
        message = new StatusText(i18n);
        message.setId("digits-message");
        message.setWrapText(true);
        message.getStyleClass().add("digits-message");
        FlowPane right = new FlowPane(8, 4, choose, modelName);
        right.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new VBox(4, new HBox(12, modes, right), message));
        getStyleClass().add("digits-toolbar");
        setPadding(new Insets(8, 12, 4, 12));
    }

    /** Marks a mode's button as selected without running its action. */
    public void select(DigitsMode mode) {
        modeButtons.get(mode).setSelected(true);
    }

    public StatusText modelName() {
        return modelName;
    }

    public StatusText message() {
        return message;
    }
}
