package org.neurallab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;

/**
 * The bar at the top: app title, language, theme, UI scale, presenter mode (full screen), a picture of the open
 * lab for slides, and About.
 */
public final class TopBar extends HBox {
    /** Width (in em) under which the bar switches to icon-only buttons. */
    private static final double COMPACT_BELOW_EM = 66;
    private final AppContext context;
    private final I18n i18n;

    public TopBar(AppContext context, Runnable onAbout, Runnable onExport) {
        this.context = context;
        this.i18n = context.i18n();
        getStyleClass().add("top-bar");
        setId("top-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.textProperty().bind(i18n.bind("app.title"));
        title.setGraphic(Icons.of(MaterialDesignB.BRAIN, context.uiScaleProperty(), 24));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button about = button("about-button", MaterialDesignI.INFORMATION_OUTLINE, "app.about.button", "app.about.tooltip");
        about.setOnAction(e -> onAbout.run());
        Button export = button("export-view-button", MaterialDesignC.CAMERA_OUTLINE, "app.export.button", "app.export.tooltip");
        export.setOnAction(e -> onExport.run());
        ToggleButton theme = themeSwitch();
        ToggleButton presenter = presenterButton();
        getChildren().addAll(title, spacer, languageSwitch(), theme, scaleControl(), presenter, export, about);
        // at large scales the labelled buttons do not fit: show their icons only (the tooltips still explain)
        Runnable fit = () -> {
            boolean compact = getWidth() < COMPACT_BELOW_EM * UiScale.BASE_FONT_PX * context.uiScaleProperty().get();
            for (ButtonBase button : new ButtonBase[] {theme, presenter, export, about}) {
                button.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
        };
        widthProperty().addListener((obs, old, now) -> fit.run());
        context.uiScaleProperty().addListener((obs, old, now) -> fit.run());
    }

    private HBox languageSwitch() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton korean = new ToggleButton();
        korean.setId("lang-ko");
        korean.textProperty().bind(i18n.bind("app.language.ko"));
        ToggleButton english = new ToggleButton();
        english.setId("lang-en");
        english.textProperty().bind(i18n.bind("app.language.en"));
        korean.setToggleGroup(group);
        english.setToggleGroup(group);
        korean.getStyleClass().add("left-pill");
        english.getStyleClass().add("right-pill");
        Runnable sync = () -> group.selectToggle(I18n.KOREAN.equals(i18n.locale()) ? korean : english);
        sync.run();
        I18n.get().onChange(this, () -> sync.run());
        korean.setOnAction(e -> i18n.setLocale(I18n.KOREAN));
        english.setOnAction(e -> i18n.setLocale(I18n.ENGLISH));
        korean.setGraphic(Icons.of(MaterialDesignT.TRANSLATE, context.uiScaleProperty()));
        HBox box = new HBox(korean, english);
        box.getStyleClass().add("segmented");
        box.setId("language-switch");
        return box;
    }

    private ToggleButton themeSwitch() {
        ToggleButton dark = new ToggleButton();
        dark.setId("theme-toggle");
        dark.selectedProperty().bindBidirectional(context.darkThemeProperty());
        dark.graphicProperty().bind(Bindings.when(dark.selectedProperty())
                .then(Icons.of(MaterialDesignW.WHITE_BALANCE_SUNNY, context.uiScaleProperty()))
                .otherwise(Icons.of(MaterialDesignW.WEATHER_NIGHT, context.uiScaleProperty())));
        dark.textProperty().bind(Bindings.when(dark.selectedProperty())
                .then(i18n.bind("app.theme.light"))
                .otherwise(i18n.bind("app.theme.dark")));
        dark.setTooltip(tooltip("app.theme.tooltip"));
        return dark;
    }

    private HBox scaleControl() {
        Button smaller = button("zoom-out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, null, "app.scale.smaller");
        Button larger = button("zoom-in", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, null, "app.scale.larger");
        smaller.setOnAction(e -> UiScale.zoomOut(context.uiScaleProperty()));
        larger.setOnAction(e -> UiScale.zoomIn(context.uiScaleProperty()));
        smaller.disableProperty().bind(context.uiScaleProperty().lessThanOrEqualTo(UiScale.MIN));
        larger.disableProperty().bind(context.uiScaleProperty().greaterThanOrEqualTo(UiScale.MAX));
        Label value = new Label();
        value.setId("scale-value");
        value.getStyleClass().add("scale-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("app.scale.value", Math.round(context.uiScaleProperty().get() * 100)),
                context.uiScaleProperty(), i18n.localeProperty()));
        value.setTooltip(tooltip("app.scale.tooltip"));
        HBox box = new HBox(smaller, value, larger);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("scale-control");
        return box;
    }

    private ToggleButton presenterButton() {
        Stage stage = context.stage();
        ToggleButton presenter = new ToggleButton();
        presenter.setId("presenter-button");
        presenter.textProperty().bind(i18n.bind("app.presenter.button"));
        presenter.setGraphic(Icons.of(MaterialDesignP.PROJECTOR_SCREEN, context.uiScaleProperty()));
        presenter.setTooltip(tooltip("app.presenter.tooltip"));
        if (stage != null) {
            stage.fullScreenProperty().addListener((obs, old, now) -> presenter.setSelected(now));
            presenter.setOnAction(e -> PresenterMode.toggle(stage, i18n));
        }
        return presenter;
    }

    private Button button(String id, Ikon icon, String textKey, String tooltipKey) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(Icons.of(icon, context.uiScaleProperty()));
        if (textKey != null) {
            button.textProperty().bind(i18n.bind(textKey));
        }
        button.setTooltip(tooltip(tooltipKey));
        return button;
    }

    private Tooltip tooltip(String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind(key));
        return tooltip;
    }
}
