package org.neurallab.lab.curriculum.perceptron;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;
import static org.neurallab.lab.curriculum.TopicRobot.scrollTo;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
class PerceptronPageTest {
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private final PerceptronTopic topic = new PerceptronTopic();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = show(stage, topic, dark, fontSize);
    }

    @AfterEach
    void english() throws Exception {
        // a run still going (e.g. after a timeout) is stopped on the FX thread, as the app hides a topic
        org.testfx.util.WaitForAsyncUtils.asyncFx(topic::onHide).get(10, TimeUnit.SECONDS);
        backToEnglish();
    }

    private static String[] truthTable(FxRobot robot) {
        String[] y = new String[4];
        for (int r = 0; r < 4; r++) {
            y[r] = text(robot, "#perceptron-y-" + r);
        }
        return y;
    }

    @Test
    void typingABiasTurnsAndIntoOrAndTheTableFollows(FxRobot robot) {
        assertThat(truthTable(robot)).containsExactly("0", "0", "0", "1");
        assertThat(text(robot, "#perceptron-score")).isEqualTo("4 of 4 rows match AND");
        type(robot, "#perceptron-b", "-0.2");
        // lecture: OR is AND's weights with b = -0.2
        assertThat(truthTable(robot)).containsExactly("0", "1", "1", "1");
        assertThat(text(robot, "#perceptron-score")).isEqualTo("2 of 4 rows match AND");
        robot.clickOn("#gate-nand");
        assertThat(truthTable(robot)).containsExactly("1", "1", "1", "0");
        robot.clickOn("#gate-xor");
        assertThat(text(robot, "#perceptron-score")).isEqualTo("3 of 4 rows match XOR");
    }

    @Test
    void aNonNumberShowsTheMessageAndKeepsTheLastGoodWeights(FxRobot robot) {
        type(robot, "#perceptron-w1", "abc");
        NumberField w1 = robot.lookup("#perceptron-w1").queryAs(NumberField.class);
        assertThat(w1.messageLabel().isVisible()).isTrue();
        assertThat(w1.messageLabel().getText()).contains("Not a number");
        assertThat(w1.value()).isEqualTo(0.5);
        assertThat(truthTable(robot)).containsExactly("0", "0", "0", "1");
        // set in one go: typed key by key, "9" alone would be a good value on the way to "99"
        robot.interact(() -> w1.textField().setText("99"));
        assertThat(w1.messageLabel().getText()).contains("between");
        assertThat(w1.value()).isEqualTo(0.5);
        assertThat(truthTable(robot)).containsExactly("0", "0", "0", "1");
    }

    @Test
    void trainingXorOnThePageReachesTheLecturesOutputsAndResetRestoresTheLecture(FxRobot robot) throws Exception {
        scrollTo(robot, "#xor-train");
        robot.clickOn("#xor-train");
        // paced so a class can watch (about 3 s), slower when the machine is busy
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> robot.lookup("#xor-status").queryAs(Label.class).getText().contains("epoch 10,000 of"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new String[] {text(robot, "#xor-round-0"), text(robot, "#xor-round-1"), text(robot, "#xor-round-2"),
            text(robot, "#xor-round-3")}).containsExactly("0", "1", "1", "0");
        assertThat(Double.parseDouble(text(robot, "#xor-out-1"))).isBetween(0.95, 1.0);
        assertThat(robot.lookup("#xor-stuck").query().isVisible()).isFalse();
        Screenshots.save(robot.lookup("#topic-view-perceptron").query(), "curriculum-perceptron-page-en");

        type(robot, "#perceptron-w2", "2");
        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(truthTable(robot)).containsExactly("0", "0", "0", "1");
        assertThat(robot.lookup("#perceptron-w2").queryAs(NumberField.class).value()).isEqualTo(0.5);
        assertThat(text(robot, "#xor-round-0")).isEqualTo("\u2013");
    }

    @Test
    void aStuckSeedIsExplained(FxRobot robot) throws Exception {
        type(robot, "#xor-seed", "1");
        scrollTo(robot, "#xor-train");
        robot.clickOn("#xor-train");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#xor-stuck").query().isVisible());
        assertThat(text(robot, "#xor-status")).contains("Seed 1");
    }

    @Test
    void darkThemeScreenshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            dark.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup("#topic-view-perceptron").query(), "curriculum-perceptron-page-dark");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void screenshotsInKoreanAndAtDoubleScale(FxRobot robot) {
        Screenshots.save(scene, "curriculum-perceptron-en");
        robot.clickOn("#gate-xor");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#perceptron-score")).isEqualTo("4개 행 중 1개가 XOR와 일치");
        Screenshots.save(scene, "curriculum-perceptron-ko");
        Screenshots.save(robot.lookup("#topic-view-perceptron").query(), "curriculum-perceptron-page-ko");
        doubleScale(robot, scene, fontSize);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "curriculum-perceptron-ko-2x");
        Screenshots.save(robot.lookup("#topic-view-perceptron").query(), "curriculum-perceptron-page-ko-2x");
    }
}
