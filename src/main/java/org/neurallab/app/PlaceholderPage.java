package org.neurallab.app;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.neurallab.app.shell.Icons;

/**
 * Stand-in for a lab that is not built yet: its icon, name and a description of what it will do.
 * Texts come from {@code app.nav.<id>} and {@code app.placeholder.<id>}.
 */
public final class PlaceholderPage implements LabPage {
    private final AppContext context;
    private final String id;
    private final Ikon icon;

    public PlaceholderPage(AppContext context, String id, Ikon icon) {
        this.context = context;
        this.id = id;
        this.icon = icon;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "app.nav." + id;
    }

    @Override
    public Ikon icon() {
        return icon;
    }

    @Override
    public Node view() {
        I18n i18n = context.i18n();
        FontIcon bigIcon = Icons.of(icon, context.uiScaleProperty(), 48);
        bigIcon.getStyleClass().add("placeholder-icon");
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey()));
        title.getStyleClass().addAll("title-1", "placeholder-title");
        Label description = new Label();
        description.textProperty().bind(i18n.bind("app.placeholder." + id));
        description.setWrapText(true);
        // without this a wrapped label in a VBox may be given one line too few and end in "..."
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        description.getStyleClass().add("placeholder-text");
        Label soon = new Label();
        soon.textProperty().bind(i18n.bind("app.placeholder.soon"));
        soon.getStyleClass().addAll("text-muted", "placeholder-soon");
        VBox box = new VBox(bigIcon, title, description, soon);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("placeholder-page");
        // long texts at 200% scroll instead of pushing the status bar off the window
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "placeholder-scroll");
        scroll.setId("page-" + id);
        return scroll;
    }
}
