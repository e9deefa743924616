package org.neurallab.app.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.neurallab.app.AppContext;
import org.neurallab.app.LabPage;

/** The list of labs on the left: one toggle per lab, icon plus translated name; exactly one is selected. */
public final class NavigationBar extends VBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> items = new LinkedHashMap<>();

    public NavigationBar(AppContext context, Iterable<LabPage> pages, Consumer<String> onSelect) {
        getStyleClass().add("nav-bar");
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

    /** Marks the lab as selected without firing the action. */
    public void select(String id) {
        ToggleButton item = items.get(id);
        if (item != null) {
            item.setSelected(true);
        }
    }
}
