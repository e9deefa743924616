package org.neurallab.lab.curriculum.kmeans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neurallab.lab.curriculum.TopicRobot.backToEnglish;
import static org.neurallab.lab.curriculum.TopicRobot.doubleScale;
import static org.neurallab.lab.curriculum.TopicRobot.show;
import static org.neurallab.lab.curriculum.TopicRobot.text;
import static org.neurallab.lab.curriculum.TopicRobot.type;

import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.neurallab.ui.chart.XyPlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class KMeansTopicFxTest {
    private Scene scene;
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private KMeansTopic topic;

    @Start
    void start(Stage stage) {
        topic = new KMeansTopic();
        scene = show(stage, topic, new SimpleBooleanProperty(false), fontSize);
    }

    @AfterEach
    void english() throws Exception {
        backToEnglish();
    }

    @Test
    void stepsAlternateAndTheInertiaIsShown(FxRobot robot) {
        assertThat(text(robot, "#km-inertia")).contains("not yet");
        assertThat(robot.lookup("#km-step").queryAs(Button.class).getText()).isEqualTo("Step: assign points");
        robot.clickOn("#km-step");
        assertThat(robot.lookup("#km-step").queryAs(Button.class).getText()).isEqualTo("Step: move centroids");
        String afterAssign = text(robot, "#km-inertia");
        assertThat(afterAssign).startsWith("Inertia ");
        robot.clickOn("#km-step");
        Screenshots.save(scene, "curriculum-kmeans-update-en");
        double shown = Double.parseDouble(text(robot, "#km-inertia").substring("Inertia ".length()));
        assertThat(shown).isLessThanOrEqualTo(Double.parseDouble(afterAssign.substring("Inertia ".length())));
        robot.clickOn("#km-run");
        assertThat(text(robot, "#km-status")).startsWith("Converged");
        assertThat(topic.model().converged()).isTrue();
        Screenshots.save(scene, "curriculum-kmeans-en");
    }

    @Test
    void typingKReinitialisesAndBadKIsRefused(FxRobot robot) {
        type(robot, "#km-k", "5");
        assertThat(topic.model().centroids()).hasNumberOfRows(5);
        type(robot, "#km-k", "9");
        assertThat(robot.lookup("#km-k").queryAs(NumberField.class).messageLabel().isVisible()).isTrue();
        assertThat(topic.model().centroids()).hasNumberOfRows(5);
        robot.clickOn("#topic-reset");
        assertThat(topic.model().centroids()).hasNumberOfRows(3);
        assertThat(topic.model().points()).hasSize(3 * KMeansTopic.PER_BLOB);
    }

    @Test
    void clickingThePlotAddsAPoint(FxRobot robot) {
        XyPlot plot = robot.lookup("#km-plot").queryAs(XyPlot.class);
        int before = topic.model().points().size();
        Point2D p = plot.toPixel(0, 0);
        robot.clickOn(plot.localToScreen(p.getX(), p.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topic.model().points()).hasSize(before + 1);
        double[] added = topic.model().points().get(before);
        assertThat(Math.hypot(added[0], added[1])).isLessThan(0.2);
    }

    @Test
    void koreanAndTwiceTheScale(FxRobot robot) {
        robot.clickOn("#km-run");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#km-status")).contains("수렴");
        Screenshots.save(scene, "curriculum-kmeans-ko");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        doubleScale(robot, scene, fontSize);
        Screenshots.save(scene, "curriculum-kmeans-en-2x");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup("#km-plot").queryAs(XyPlot.class).getParent(), "curriculum-kmeans-charts-en-2x");
    }
}
