package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.lab.training.builder.ModelBuilderPane;
import org.neurallab.lab.training.settings.ModelPreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The model builder and the settings panel on their own: live checks, inline messages. */
@ExtendWith(ApplicationExtension.class)
class BuilderPaneTest {
    private ModelBuilderPane builder;
    private SettingsPane settings;

    @Start
    void start(Stage stage) {
        I18n.get().setLocale(Locale.ENGLISH);
        builder = new ModelBuilderPane(ModelPreset.IMAGE_SHAPE, 10);
        settings = new SettingsPane(60_000);
        stage.setScene(new Scene(new javafx.scene.layout.HBox(builder, settings), 1000, 700));
        stage.show();
    }

    @Test
    void denseFirstOnImagesIsFlaggedAndFixedByFlatten(FxRobot robot) {
        robot.interact(() -> builder.setLayers(java.util.List.of(new LayerSpec.Dense(10, Activation.SOFTMAX))));
        Label problem = robot.lookup("#model-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Layer 1").contains("Flatten");
        assertThat(builder.checkProperty().get().ok()).isFalse();
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(problem.getText()).contains("1번째 층");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
    }

    @Test
    void editingUnitsUpdatesTheSummaryAndRejectsNonsense(FxRobot robot) {
        robot.interact(() -> {
            builder.setLayers(java.util.List.of(new LayerSpec.Dense(10, Activation.SOFTMAX),
                    new LayerSpec.Dense(10, Activation.SOFTMAX)));
            builder.select(0);
        });
        javafx.scene.control.TextField units = robot.lookup(".layer-editor .text-field").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(() -> units.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        org.neurallab.lab.training.builder.ValidatedField<?> field = robot.lookup(".layer-editor .validated-field")
                .queryAs(org.neurallab.lab.training.builder.ValidatedField.class);
        assertThat(field.validation().getHighestMessage(units)).hasValueSatisfying(m -> {
            assertThat(m.getSeverity()).isEqualTo(org.controlsfx.validation.Severity.ERROR);
            assertThat(m.getText()).contains("whole number");
        });
        assertThat(units.getStyleClass()).contains("error");
        assertThat(builder.layers().get(0)).isEqualTo(new LayerSpec.Dense(10, Activation.SOFTMAX));
        robot.interact(() -> units.setText("32"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(builder.layers().get(0)).isEqualTo(new LayerSpec.Dense(32, Activation.SOFTMAX));
        assertThat(builder.list().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void layersCanBeAddedMovedAndRemoved(FxRobot robot) {
        robot.interact(() -> {
            builder.setLayers(java.util.List.of(new LayerSpec.Dense(10, Activation.SOFTMAX)));
            builder.select(0);
            builder.insertAfterSelection(new LayerSpec.Dropout(0.5));
        });
        assertThat(builder.layers()).hasSize(2);
        assertThat(builder.layers().get(1)).isEqualTo(new LayerSpec.Dropout(0.5));
        robot.interact(() -> builder.move(-1));
        assertThat(builder.layers().get(0)).isEqualTo(new LayerSpec.Dropout(0.5));
        robot.interact(builder::removeSelected);
        assertThat(builder.layers()).containsExactly(new LayerSpec.Dense(10, Activation.SOFTMAX));
    }

    @Test
    void nonsenseHyperParametersAreFlaggedInline(FxRobot robot) {
        assertThat(settings.validProperty().get()).isTrue();
        robot.interact(() -> settings.learningRate().setText("-1"));
        assertThat(settings.validProperty().get()).isFalse();
        assertThat(settings.parametersProperty().get()).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.learningRate().validation().isInvalid()).isTrue();
        assertThat(org.controlsfx.control.decoration.Decorator.getDecorations(settings.learningRate().field()))
                .isNotEmpty();
        assertThat(settings.learningRate().value()).isEqualTo(0.001);
        robot.interact(() -> settings.learningRate().setText("0.01"));
        assertThat(settings.parametersProperty().get().learningRate()).isEqualTo(0.01);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(settings.learningRate().validation().isInvalid()).isFalse();
        assertThat(settings.learningRate().field().getStyleClass()).doesNotContain("error");
    }
}
