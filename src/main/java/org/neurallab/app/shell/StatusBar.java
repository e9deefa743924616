package org.neurallab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;

/**
 * The strip at the bottom: engine state on the left ("Engine initialising…" / "Engine ready"),
 * the current run's text on the right (bound to {@link AppContext#runStatusProperty()}).
 */
public final class StatusBar extends HBox {
    private final AppContext context;
    private final BooleanProperty engineReady = new SimpleBooleanProperty(this, "engineReady", false);
    private final Label engineLabel = new Label();
    private final Label runLabel = new Label();

    public StatusBar(AppContext context) {
        this.context = context;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        I18n i18n = context.i18n();
        engineLabel.setId("engine-status");
        engineLabel.textProperty().bind(Bindings.when(engineReady)
                .then(i18n.bind("app.status.engineReady"))
                .otherwise(i18n.bind("app.status.engineStarting")));
        FontIcon starting = Icons.of(MaterialDesignL.LOADING, context.uiScaleProperty(), 14);
        FontIcon ready = Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE, context.uiScaleProperty(), 14);
        ready.getStyleClass().add("engine-ready-icon");
        engineLabel.graphicProperty().bind(Bindings.when(engineReady).then(ready).otherwise(starting));
        runLabel.setId("run-status");
        runLabel.textProperty().bind(context.runStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(engineLabel, spacer, runLabel);
    }

    /** Sets the run text on the right (same as {@code context.runStatusProperty().set(text)}); FX thread only. */
    public void setRunText(String text) {
        context.runStatusProperty().set(text == null ? "" : text);
    }

    public BooleanProperty engineReadyProperty() {
        return engineReady;
    }

    /** Shown when the engine could not start; the labs that need it will report their own errors. */
    public void showEngineFailed(String reason) {
        engineLabel.textProperty().unbind();
        engineLabel.graphicProperty().unbind();
        engineLabel.setGraphic(null);
        engineLabel.textProperty().bind(context.i18n().bind("app.status.engineFailed", reason));
    }
}
