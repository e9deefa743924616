package org.neurallab.lab.curriculum.graph;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;

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
class ComputationalGraphTopicFxTest {
    private Scene scene;
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) {
        scene = show(stage, new ComputationalGraphTopic(), dark, fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    @Test
    void showsTheLectureNumbersOfBothGraphs(FxRobot robot) {
        assertThat(text(robot, "#graph-price")).isEqualTo("715");
        assertThat(text(robot, "#graph-dapple")).isEqualTo("2.2");
        assertThat(text(robot, "#graph-dapple-count")).isEqualTo("110");
        assertThat(text(robot, "#graph-dorange")).isEqualTo("3.3");
        assertThat(text(robot, "#graph-dorange-count")).isEqualTo("165");
        assertThat(text(robot, "#graph-dtax")).isEqualTo("650");
        Screenshots.save(scene, "curriculum-graph-en");
        robot.clickOn("#graph-apple");
        assertThat(text(robot, "#graph-price")).isEqualTo("220");
        assertThat(text(robot, "#graph-dapple")).isEqualTo("2.2");
        assertThat(text(robot, "#graph-dapple-count")).isEqualTo("110");
        assertThat(text(robot, "#graph-dtax")).isEqualTo("200");
        Screenshots.save(scene, "curriculum-graph-apple-en");
    }

    @Test
    void typingACountRecomputesAndResetRestoresTheLecture(FxRobot robot) {
        type(robot, "#graph-apple-count", "4");
        assertThat(text(robot, "#graph-price")).isEqualTo("935"); // (400 + 450) * 1.1
        assertThat(text(robot, "#graph-dapple")).isEqualTo("4.4");
        assertThat(text(robot, "#graph-dtax")).isEqualTo("850");
        robot.clickOn("#topic-reset");
        assertThat(text(robot, "#graph-price")).isEqualTo("715");
        assertThat(text(robot, "#graph-dapple")).isEqualTo("2.2");
    }

    @Test
    void badInputKeepsTheLastGoodNumbers(FxRobot robot) {
        type(robot, "#graph-tax", "x");
        assertThat(robot.lookup("#graph-tax").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#graph-price")).isEqualTo("715");
        type(robot, "#graph-apple-count", "2.5");
        assertThat(robot.lookup("#graph-apple-count").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#graph-price")).isEqualTo("715");
    }

    @Test
    void steppingRevealsForwardThenBackwardEdges(FxRobot robot) {
        robot.clickOn("#graph-restart");
        assertThat(text(robot, "#graph-step-info")).contains("Nothing computed");
        robot.clickOn("#graph-step");
        assertThat(text(robot, "#graph-step-info")).isEqualTo("Forward pass: edge 1 of 9");
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#graph-step");
        }
        assertThat(text(robot, "#graph-step-info")).isEqualTo("Backward pass: edge 1 of 9");
        Screenshots.save(scene, "curriculum-graph-step-en");
    }

    @Test
    void playRevealsTheEdgesOneByOne(FxRobot robot) throws Exception {
        robot.clickOn("#graph-restart");
        robot.clickOn("#graph-play");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> text(robot, "#graph-step-info").startsWith("Forward pass: edge 2"));
        robot.clickOn("#graph-play"); // pause
        String paused = text(robot, "#graph-step-info");
        Thread.sleep(1000);
        assertThat(text(robot, "#graph-step-info")).isEqualTo(paused);
    }

    @Test
    void darkTheme(FxRobot robot) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            dark.set(true);
        });
        Screenshots.save(scene, "curriculum-graph-dark-en");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            dark.set(false);
        });
    }

    @Test
    void koreanAndTwiceTheScale(FxRobot robot) {
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#graph-price")).isEqualTo("715");
        Screenshots.save(scene, "curriculum-graph-ko");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        doubleScale(robot, scene, fontSize);
        Screenshots.save(scene, "curriculum-graph-en-2x");
        Screenshots.save(robot.lookup("#graph-canvas").query(), "curriculum-graph-canvas-en-2x");
    }
}
