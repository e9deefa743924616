package org.neurallab.app.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;

/**
 * The list of labs on the left: one toggle per lab, icon plus translated name; exactly one is selected.
 * When {@link #compactProperty() compact} (a narrow window at a large UI scale) only the icons show, with the
 * name as a tooltip, so the lab keeps the room.
 */
public final class NavigationBar extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
    private final BooleanProperty compact = new SimpleBooleanProperty(this, "compact", false);
    private final Map<String, ToggleButton> items = new LinkedHashMap<>();

    public NavigationBar(AppContext context, Iterable<LabPage> pages, Consumer<String> onSelect) {
        getStyleClass().add("nav-bar");
        compact.addListener((o, was, now) -> pseudoClassStateChanged(COMPACT, now));
        setId("nav-bar");
        for (LabPage page : pages) {
            ToggleButton item = new ToggleButton();
            item.setId("nav-" + page.id());
            item.getStyleClass().add("nav-item");
            item.textProperty().bind(context.i18n().bind(page.titleKey()));
            item.setGraphic(Icons.of(page.icon(), context.uiScaleProperty(), 20));
            item.setToggleGroup(group);
            item.setMaxWidth(Double.MAX_VALUE);
            item.setMnemonicParsing(false);
            Tooltip name = new Tooltip();
            name.textProperty().bind(item.textProperty());
            item.tooltipProperty().bind(javafx.beans.binding.Bindings.when(compact).then(name).otherwise((Tooltip) null));
            item.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(compact)
                    .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
            // clicking the open lab again must not leave no lab selected
            item.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (item.isSelected()) {
                    e.consume();
                }
            });
            item.setOnAction(e -> onSelect.accept(page.id()));
            items.put(page.id(), item);
            getChildren().add(item);
        }
    }

    public BooleanProperty compactProperty() {
        return compact;
    }

    /** Marks the lab as selected without firing the action. */
    public void select(String id) {
        ToggleButton item = items.get(id);
        if (item != null) {
            item.setSelected(true);
        }
    }
}
