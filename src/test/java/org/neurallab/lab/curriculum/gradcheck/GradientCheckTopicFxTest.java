package org.neurallab.lab.curriculum.gradcheck;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
class GradientCheckTopicFxTest {
    private Scene scene;
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private GradientCheckTopic topic;

    @Start
    void start(Stage stage) {
        topic = new GradientCheckTopic(); // holds controls: made once the toolkit runs
        scene = show(stage, topic, new SimpleBooleanProperty(false), fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    /** Waits until the background check has produced a result for the wanted settings. */
    private void awaitResult(java.util.function.Predicate<NetworkGradientCheck.Result> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> topic.shown() != null && wanted.test(topic.shown()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsBothGradientsAndTheBrokenBackwardFailsW1(FxRobot robot) throws Exception {
        awaitResult(r -> !r.settings().brokenBackward());
        assertThat(text(robot, "#gc-verdict-W1")).startsWith("excellent");
        assertThat(text(robot, "#gc-verdict-b2")).startsWith("excellent");
        assertThat(robot.lookup("#gc-table").queryTableView().getItems()).hasSize(43);
        Screenshots.save(scene, "curriculum-gradcheck-en");
        robot.clickOn("#gc-break");
        awaitResult(r -> r.settings().brokenBackward());
        assertThat(text(robot, "#gc-verdict-W1")).startsWith("wrong");
        assertThat(text(robot, "#gc-verdict-b1")).startsWith("wrong");
        assertThat(text(robot, "#gc-verdict-W2")).startsWith("excellent");
        Screenshots.save(scene, "curriculum-gradcheck-broken-en");
        robot.clickOn("#topic-reset");
        awaitResult(r -> !r.settings().brokenBackward());
        assertThat(text(robot, "#gc-verdict-W1")).startsWith("excellent");
    }

    @Test
    void typingATinyHShowsRoundingAndBadHKeepsTheLastGoodValue(FxRobot robot) throws Exception {
        awaitResult(r -> r.settings().h() == 1e-4);
        String before = text(robot, "#gc-max-W1");
        type(robot, "#gc-h", "1e-12");
        awaitResult(r -> r.settings().h() == 1e-12);
        assertThat(text(robot, "#gc-max-W1")).isNotEqualTo(before);
        assertThat(text(robot, "#gc-verdict-W1")).doesNotStartWith("excellent");
        type(robot, "#gc-h", "h");
        assertThat(robot.lookup("#gc-h").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(robot.lookup("#gc-h").queryAs(NumberField.class).value()).isEqualTo(1e-12);
        type(robot, "#gc-seed", "-5");
        assertThat(robot.lookup("#gc-seed").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(topic.shown().settings().seed()).isEqualTo(1);
    }

    @Test
    void koreanAndTwiceTheScale(FxRobot robot) throws Exception {
        awaitResult(r -> true);
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#gc-verdict-W1")).startsWith("아주 좋음");
        Screenshots.save(scene, "curriculum-gradcheck-ko");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        doubleScale(robot, scene, fontSize);
        Screenshots.save(scene, "curriculum-gradcheck-en-2x");
    }
}
