package org.neurallab.lab.curriculum.loss;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
class LossTopicFxTest {
    private Scene scene;
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);

    @Start
    void start(Stage stage) {
        scene = show(stage, new LossTopic(), new SimpleBooleanProperty(false), fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    @Test
    void showsTheLectureNumbersAndTheWrongPredictionButtonUpdatesThem(FxRobot robot) {
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.0975");
        assertThat(text(robot, "#loss-ce")).isEqualTo("E = 0.5108");
        Screenshots.save(scene, "curriculum-loss-en");
        assertThat(robot.lookup(".loss-table .sum").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("0.195");
        robot.clickOn("#loss-wrong");
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.5975");
        assertThat(robot.lookup(".loss-table .sum").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("1.195");
        assertThat(text(robot, "#loss-ce")).isEqualTo("E = 2.3026");
        robot.clickOn("#topic-reset");
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.0975");
        assertThat(text(robot, "#loss-ce")).isEqualTo("E = 0.5108");
    }

    @Test
    void typingAProbabilityUpdatesTheLossesAndWarnsWhenTheSumIsNotOne(FxRobot robot) {
        type(robot, "#loss-y-2", "0");
        assertThat(text(robot, "#loss-ce")).isEqualTo("E = 16.1181");
        assertThat(text(robot, "#loss-without-delta")).contains("\u221e");
        assertThat(text(robot, "#loss-sum")).contains("0.4000").contains("not 1");
        Screenshots.save(scene, "curriculum-loss-zero-en");
        type(robot, "#loss-y-2", "0.6");
        assertThat(text(robot, "#loss-ce")).isEqualTo("E = 0.5108");
        assertThat(text(robot, "#loss-sum")).doesNotContain("not 1");
    }

    @Test
    void badInputShowsTheMessageAndKeepsTheLastGoodValue(FxRobot robot) {
        type(robot, "#loss-y-2", "abc");
        NumberField f = robot.lookup("#loss-y-2").queryAs(NumberField.class);
        assertThat(f.messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.0975");
        Screenshots.save(scene, "curriculum-loss-bad-input-en");
        type(robot, "#loss-target", "-3");
        assertThat(robot.lookup("#loss-target").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.0975");
        type(robot, "#loss-target", "7");
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.5975");
    }

    @Test
    void draggingABarChangesTheLoss(FxRobot robot) {
        PredictionBars bars = robot.lookup("#loss-bars").queryAs(PredictionBars.class);
        javafx.geometry.Point2D p = bars.toPixel(2, 0.9);
        robot.clickOn(bars.localToScreen(p.getX(), p.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loss-y-2").queryAs(NumberField.class).value()).isBetween(0.85, 0.95);
        assertThat(text(robot, "#loss-mse")).isNotEqualTo("E = 0.0975");
    }

    @Test
    void koreanAndTwiceTheScale(FxRobot robot) {
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#loss-mse")).isEqualTo("E = 0.0975");
        Screenshots.save(scene, "curriculum-loss-ko");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        doubleScale(robot, scene, fontSize);
        Screenshots.save(scene, "curriculum-loss-en-2x");
    }
}
