package org.neurallab.lab.training;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training lab alone in a 1280×800 window, in English with the light theme, on a training service of the
 * test class's own; each test gets a fresh view, disposed afterwards, and the language is set back to English.
 * TestFX looks for {@code @Start} only among a test class's own methods, so each subclass declares one that
 * calls {@link #show(Stage)}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class TrainingViewFixture {
    static TrainingService service;
    TrainingView view;

    @BeforeAll
    static void startService() {
        service = new TrainingService();
    }

    @AfterAll
    static void closeService() {
        service.close();
    }

    /** Shows a new view on the stage; each test class calls it from its own {@code @Start} method. */
    void show(Stage stage) {
        I18n.get().setLocale(Locale.ENGLISH);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new TrainingView(service);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeView(FxRobot robot) {
        robot.interact(() -> {
            view.dispose();
            I18n.get().setLocale(Locale.ENGLISH);
        });
    }

    /** Waits for the condition, then for the FX events it caused. */
    static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
