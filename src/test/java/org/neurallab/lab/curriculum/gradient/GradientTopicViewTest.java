package org.neurallab.lab.curriculum.gradient;

import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;
import static org.neurallab.lab.curriculum.TopicRobot.shootAllParts;

import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;

import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;
import static org.neurallab.lab.curriculum.TopicRobot.scrollTo;

import org.neurallab.lab.curriculum.ui.TopicPlot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
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
class GradientTopicViewTest {
    private final GradientTopic topic = new GradientTopic();
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = show(stage, topic, new SimpleBooleanProperty(false), fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    @Test
    void typingHShowsTheRoundingPitfallAndBadInputKeepsTheLastGoodH(FxRobot robot) {
        String lecture = text(robot, "#grad-central");
        assertThat(error(lecture)).isLessThan(1e-9);
        type(robot, "#grad-h", "1e-13");
        String tiny = text(robot, "#grad-central");
        assertThat(tiny).isNotEqualTo(lecture);
        double errorAtTiny = error(tiny);
        assertThat(errorAtTiny).isGreaterThan(100 * error(lecture));
        assertThat(text(robot, "#grad-tiny")).contains("float64 gives 0.0").contains("float32 gives NaN");

        type(robot, "#grad-h", "h");
        NumberField h = robot.lookup("#grad-h").queryAs(NumberField.class);
        assertThat(h.messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#grad-central")).isEqualTo(tiny);
        type(robot, "#grad-h", "5");
        assertThat(h.messageLabel().getText()).contains("between");
        assertThat(text(robot, "#grad-central")).isEqualTo(tiny);

        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#grad-central")).isEqualTo(lecture);
        assertThat(h.messageLabel().isVisible()).isFalse();
    }

    @Test
    void theFieldShowsTheTextbooksGradientsAndAClickedPoint(FxRobot robot) {
        assertThat(text(robot, "#grad-example-0")).isEqualTo("(3, 4) → [6.00000000000378, 7.999999999999119]");
        assertThat(text(robot, "#grad-example-1")).startsWith("(0, 2) → [0, 4.0000000000");
        assertThat(text(robot, "#grad-example-2")).startsWith("(3, 0) → [6.0000000000");
        String before = text(robot, "#grad-probe");
        scrollTo(robot, "#grad-example-0");
        var canvas = robot.lookup("#grad-probe").queryAs(Label.class).getParent().getParent();
        TopicPlot plot = (TopicPlot) canvas.getChildrenUnmodifiable().get(1);
        Point2D pixel = plot.toPixel(-2, 1);
        robot.clickOn(plot.localToScreen(pixel.getX(), pixel.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        String after = text(robot, "#grad-probe");
        assertThat(after).isNotEqualTo(before).startsWith("At (-2, 1): numerical [-4");
    }

    @Test
    void learningRatePresetsAndFieldChangeTheDescent(FxRobot robot) {
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-6.11110793e-10, 8.14814391e-10]");
        scrollTo(robot, "#gd-rate");
        robot.clickOn("#gd-lr-large");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-2.58983747e+13, -1.29524862e+12]");
        assertThat(text(robot, "#gd-verdict")).startsWith("Diverged");
        Screenshots.save(scene, "curriculum-gradient-diverged-en");
        robot.clickOn("#gd-lr-small");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-2.99999994, 3.99999992]");
        assertThat(text(robot, "#gd-verdict")).startsWith("Hardly moved");
        type(robot, "#gd-rate", "0.01");
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-0.39785867, 0.53047822]");
        type(robot, "#gd-steps", "x");
        assertThat(robot.lookup("#gd-steps").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-0.39785867, 0.53047822]");
        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gd-result")).isEqualTo("after 100 steps x = [-6.11110793e-10, 8.14814391e-10]");
    }

    @Test
    void screenshotsInBothLanguagesAndAtDoubleScale(FxRobot robot) {
        shootAllParts(robot, scene, "curriculum-gradient-en");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#grad-exact")).startsWith("실제 기울기");
        shootAllParts(robot, scene, "curriculum-gradient-ko");
        doubleScale(robot, scene, fontSize);
        shootAllParts(robot, scene, "curriculum-gradient-ko-2x");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        shootAllParts(robot, scene, "curriculum-gradient-en-2x");
    }

    private static double error(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf("error ") + 6).trim());
    }
}
