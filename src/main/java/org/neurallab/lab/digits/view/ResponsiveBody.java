package org.neurallab.lab.digits.view;

import javafx.application.Platform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The page below the toolbar. Wide window: pad, middle column and tabs in one row. Narrow window or large UI
 * scale: the tabs go below the pad and the page scrolls.
 */
public final class ResponsiveBody extends ScrollPane {
    private final Region left;
    private final Region middle;
    private final TabPane tabs;
    private final ObservableDoubleValue uiScale;
    private final HBox row;
    private final FlowPane narrowRow = new FlowPane(16, 16);
    private final VBox content;

    public ResponsiveBody(Region left, Region middle, TabPane tabs, ObservableDoubleValue uiScale,
            ObservableValue<?> padScale) {
        this.left = left;
        this.middle = middle;
        this.tabs = tabs;
        this.uiScale = uiScale;
        HBox.setHgrow(tabs, Priority.ALWAYS);
        middle.setMinWidth(USE_PREF_SIZE);
        row = new HBox(16, left, middle, tabs);
        content = new VBox(16, row);
        VBox.setVgrow(row, Priority.ALWAYS);
        content.setPadding(new Insets(8, 12, 12, 12));
        setContent(content);
        setFitToWidth(true);
        setFitToHeight(true);
        getStyleClass().add("edge-to-edge");
        viewportBoundsProperty().addListener((obs, old, now) -> place());
        padScale.addListener((obs, old, now) -> Platform.runLater(this::place));
    }

    private void place() {
        double needed = left.getPrefWidth() + middle.prefWidth(-1) + 32 + 460 * uiScale.get();
        boolean wide = getViewportBounds().getWidth() >= needed;
        if (wide && !row.getChildren().contains(tabs)) {
            narrowRow.getChildren().clear();
            row.getChildren().setAll(left, middle, tabs);
            content.getChildren().setAll(row);
            setFitToHeight(true);
            tabs.prefHeightProperty().unbind();
            tabs.setPrefHeight(USE_COMPUTED_SIZE);
        } else if (!wide && !narrowRow.getChildren().contains(left)) {
            row.getChildren().clear();
            narrowRow.getChildren().setAll(left, middle);
            content.getChildren().setAll(narrowRow, tabs);
            setFitToHeight(false);
            tabs.prefHeightProperty().bind(javafx.beans.binding.Bindings.multiply(520, uiScale));
        }
    }
}
