package org.neurallab.lab.playground.view;

import javafx.application.Application;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Playground alone in a 1280×800 window, in English with the light theme, on a training service of the
 * test's own; the view is closed and the language set back to English after each test. TestFX looks for
 * {@code @Start} only among a test class's own methods, so each subclass declares one that calls
 * {@link #show(Stage, PlaygroundConfig)} (or {@link #build} and {@link #show(Stage)} to set the view up between).
 */
@ExtendWith(ApplicationExtension.class)
abstract class PlaygroundViewFixture {
    final TrainingService service = new TrainingService();
    PlaygroundView view;

    /** A new view of the configuration, in English with the light theme, not yet on a stage. */
    PlaygroundView build(PlaygroundConfig config) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        I18n.get().setLocale(I18n.ENGLISH);
        view = new PlaygroundView(config, new SimpleDoubleProperty(1), service.worker("playground-test"));
        return view;
    }

    /** Puts the view built last on the stage, 1280×800. */
    void show(Stage stage) {
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    void show(Stage stage, PlaygroundConfig config) {
        build(config);
        show(stage);
    }

    @AfterEach
    void closeView(FxRobot robot) {
        robot.interact(() -> {
            view.close();
            I18n.get().setLocale(I18n.ENGLISH);
        });
        service.shutdown();
    }
}
