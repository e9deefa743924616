package org.neurallab.lab.digits.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.neurallab.app.I18n;

/** The tabs beside the pad: inside the network, teach your own classes, fix a misread. */
public final class DigitsTabs extends TabPane {
    private final Tab inside;
    private final Tab teach;
    private final Tab fix;

    public DigitsTabs(I18n i18n, Node insideView, Node teachView, Node fixView) {
        inside = tab(i18n, "inside", insideView);
        teach = tab(i18n, "teach", teachView);
        fix = tab(i18n, "fix", fixView);
        getTabs().addAll(inside, teach, fix);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinWidth(300);
    }

    private static Tab tab(I18n i18n, String name, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(8));
        scroll.getStyleClass().add("edge-to-edge");
        Tab tab = new Tab();
        tab.textProperty().bind(i18n.bind("digits.tab." + name));
        tab.setContent(scroll);
        tab.setId("digits-tab-" + name);
        return tab;
    }

    /** Whether "inside the network" is open, so the page computes every layer's maps. */
    public boolean insideShown() {
        return getSelectionModel().getSelectedItem() == inside;
    }

    public void showTeach() {
        getSelectionModel().select(teach);
    }

    /** Corrections are digits or clothes: the tab is off for the student's own classes. */
    public void setFixEnabled(boolean enabled) {
        fix.setDisable(!enabled);
    }
}
