package org.neurallab.lab.curriculum.activation;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
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
class ActivationPageTest {
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private final ActivationTopic topic = new ActivationTopic();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = show(stage, topic, dark, fontSize);
    }

    @AfterEach
    void english() throws Exception {
        topic.onHide();
        backToEnglish();
    }

    private static void engineLoaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#act-f").startsWith("f("));
    }

    @Test
    void choosingAFunctionAndTypingZShowsTheEnginesValues(FxRobot robot) throws Exception {
        engineLoaded(robot);
        assertThat(text(robot, "#act-f")).isEqualTo("f(1) = 0.731059");
        assertThat(text(robot, "#act-df")).isEqualTo("f\u2032(1) = 0.196612");
        type(robot, "#act-z", "0");
        assertThat(text(robot, "#act-f")).isEqualTo("f(0) = 0.5");
        assertThat(text(robot, "#act-df")).isEqualTo("f\u2032(0) = 0.25");
        type(robot, "#act-z", "-2");
        robot.clickOn("#act-leakyRelu");
        assertThat(text(robot, "#act-f")).isEqualTo("f(-2) = -0.02");
        assertThat(text(robot, "#act-df")).isEqualTo("f\u2032(-2) = 0.01");
        Slider slope = robot.lookup("#act-leaky-slope").queryAs(Slider.class);
        robot.interact(() -> slope.setValue(0.2));
        assertThat(text(robot, "#act-f")).isEqualTo("f(-2) = -0.4");
        robot.clickOn("#act-step");
        assertThat(text(robot, "#act-f")).isEqualTo("f(-2) = 0");
        assertThat(text(robot, "#act-df")).isEqualTo("f\u2032(-2) = 0");
    }

    @Test
    void aBadZKeepsTheLastGoodValue(FxRobot robot) throws Exception {
        engineLoaded(robot);
        type(robot, "#act-z", "x");
        NumberField z = robot.lookup("#act-z").queryAs(NumberField.class);
        assertThat(z.messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#act-f")).isEqualTo("f(1) = 0.731059");
        robot.interact(() -> z.textField().setText("50"));
        assertThat(z.messageLabel().getText()).contains("between");
        assertThat(z.value()).isEqualTo(1);
    }

    @Test
    void softmaxShowsTheLectureNumbersThenOverflowsAndResetRestores(FxRobot robot) throws Exception {
        engineLoaded(robot);
        assertThat(new String[] {text(robot, "#softmax-y-0"), text(robot, "#softmax-y-1"), text(robot, "#softmax-y-2")})
                .containsExactly("0.01821127", "0.24519181", "0.73659691");
        assertThat(robot.lookup("#softmax-overflow").query().isVisible()).isFalse();
        type(robot, "#softmax-a0", "1010");
        type(robot, "#softmax-a1", "1000");
        type(robot, "#softmax-a2", "990");
        assertThat(text(robot, "#softmax-naive-0")).isEqualTo("NaN");
        assertThat(text(robot, "#softmax-exp-0")).isEqualTo("\u221e");
        assertThat(robot.lookup("#softmax-overflow").query().isVisible()).isTrue();
        assertThat(new String[] {text(robot, "#softmax-y-0"), text(robot, "#softmax-y-1"), text(robot, "#softmax-y-2")})
                .containsExactly("0.9999546", "4.54e-05", "2.06e-09");
        type(robot, "#softmax-a1", "abc");
        assertThat(robot.lookup("#softmax-a1").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#softmax-y-1")).isEqualTo("4.54e-05");
        Screenshots.save(robot.lookup("#topic-view-activation").query(), "curriculum-activation-page-en");

        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#softmax-y-2")).isEqualTo("0.73659691");
        assertThat(robot.lookup("#softmax-a1").queryAs(NumberField.class).messageLabel().isVisible()).isFalse();
    }

    @Test
    void darkThemeScreenshot(FxRobot robot) throws Exception {
        engineLoaded(robot);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            dark.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup("#topic-view-activation").query(), "curriculum-activation-page-dark");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void screenshotsInKoreanAndAtDoubleScale(FxRobot robot) throws Exception {
        engineLoaded(robot);
        Screenshots.save(scene, "curriculum-activation-en");
        robot.clickOn("#act-elu");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(robot.lookup("#act-elu").queryAs(ToggleButton.class).getText()).isEqualTo("ELU");
        assertThat(robot.lookup("#act-step").queryAs(ToggleButton.class).getText()).isEqualTo("계단 함수");
        Screenshots.save(scene, "curriculum-activation-ko");
        robot.clickOn("#softmax-large");
        Screenshots.save(robot.lookup("#topic-view-activation").query(), "curriculum-activation-page-ko");
        doubleScale(robot, scene, fontSize);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "curriculum-activation-ko-2x");
        Screenshots.save(robot.lookup("#topic-view-activation").query(), "curriculum-activation-page-ko-2x");
    }
}
