package org.neurallab.lab.curriculum.regression;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;
import static org.neurallab.lab.curriculum.TopicRobot.shootAllParts;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;
import static org.neurallab.lab.curriculum.TopicRobot.scrollTo;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RegressionTopicViewTest {
    private final RegressionTopic topic = new RegressionTopic();
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = show(stage, topic, dark, fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    @Test
    void epochsFieldRetrainsAndShowsTheNewPrediction(FxRobot robot) {
        assertThat(text(robot, "#reg-predict10")).startsWith("predict(10) = 31.00");
        assertThat(text(robot, "#reg-epoch")).startsWith("epoch 500 of 500");
        type(robot, "#reg-epochs", "50");
        assertThat(text(robot, "#reg-epoch")).startsWith("epoch 50 of 50");
        String after50 = text(robot, "#reg-predict10");
        assertThat(after50).doesNotStartWith("predict(10) = 31.00");
        assertThat(after50).isEqualTo("predict(10) = " + String.format(Locale.ROOT, "%.5f", expectedAfter(50)));

        // bad input: an inline message and the 50-epoch run stays
        type(robot, "#reg-epochs", "fifty");
        NumberField epochs = robot.lookup("#reg-epochs").queryAs(NumberField.class);
        assertThat(epochs.messageLabel().isVisible()).isTrue();
        assertThat(epochs.messageLabel().getText()).contains("Not a number");
        assertThat(text(robot, "#reg-predict10")).isEqualTo(after50);
        type(robot, "#reg-epochs", "0");
        assertThat(epochs.messageLabel().getText()).contains("between 1 and 5000");
        assertThat(text(robot, "#reg-epoch")).startsWith("epoch 50 of 50");

        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reg-predict10")).startsWith("predict(10) = 31.00");
        assertThat(epochs.messageLabel().isVisible()).isFalse();
    }

    @Test
    void playAnimatesTheTrainingAndStepTrainsOneEpoch(FxRobot robot) throws Exception {
        robot.clickOn("#reg-step");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reg-epoch")).startsWith("epoch 1 of 500");
        robot.clickOn("#reg-play");
        for (int i = 0; i < 100 && text(robot, "#reg-epoch").startsWith("epoch 1 of"); i++) {
            Thread.sleep(20);
        }
        assertThat(text(robot, "#reg-epoch")).doesNotStartWith("epoch 1 of");
        robot.interact(topic::onHide);
        String paused = text(robot, "#reg-epoch");
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#reg-epoch")).isEqualTo(paused);
    }

    @Test
    void heightWeightShowsTheLecturesDigitsAndDescentNeedsSteps(FxRobot robot) {
        assertThat(text(robot, "#hw-closed-coef")).isEqualTo("0.82021132");
        assertThat(text(robot, "#hw-closed-intercept")).isEqualTo("-68.0248807");
        assertThat(text(robot, "#hw-closed-score")).isEqualTo("0.98127692");
        assertThat(text(robot, "#hw-closed-predict")).isEqualTo("77.97273347");
        assertThat(text(robot, "#hw-descent-predict")).isEqualTo("77.97273347");
        scrollTo(robot, "#hw-steps");
        type(robot, "#hw-steps", "5");
        assertThat(text(robot, "#hw-descent-predict")).isNotEqualTo("77.97273347");
        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#hw-descent-predict")).isEqualTo("77.97273347");
    }

    @Test
    void aTooLargeLearningRateDiverges(FxRobot robot) {
        assertThat(text(robot, "#surface-result")).startsWith("after 500 steps");
        scrollTo(robot, "#surface-rate");
        type(robot, "#surface-rate", "0.5");
        assertThat(text(robot, "#surface-result")).startsWith("Diverged");
        type(robot, "#surface-rate", "2");
        NumberField rate = robot.lookup("#surface-rate").queryAs(NumberField.class);
        assertThat(rate.messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#surface-result")).startsWith("Diverged");
        Screenshots.save(scene, "curriculum-regression-diverged-en");
        robot.clickOn("#surface-height");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#surface-result")).startsWith("after 500 steps");
        scrollTo(robot, "#surface-rate");
        Screenshots.save(scene, "curriculum-regression-height-surface-en");
        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#surface-result")).startsWith("after 500 steps: w = 2.9");
    }

    @Test
    void screenshotsInBothLanguagesAndAtDoubleScale(FxRobot robot) {
        shootAllParts(robot, scene, "curriculum-regression-en");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#reg-epoch")).startsWith("에포크 500 / 500");
        shootAllParts(robot, scene, "curriculum-regression-ko");
        doubleScale(robot, scene, fontSize);
        shootAllParts(robot, scene, "curriculum-regression-ko-2x");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        shootAllParts(robot, scene, "curriculum-regression-en-2x");
    }

    @Test
    void darkThemeScreenshots(FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            dark.set(true);
        });
        shootAllParts(robot, scene, "curriculum-regression-dark-en");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    private static double expectedAfter(int epochs) {
        LineTraining training = new LineTraining();
        training.restart(epochs);
        training.finish();
        return training.predict(10);
    }
}
