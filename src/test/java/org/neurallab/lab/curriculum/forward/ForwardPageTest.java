package org.neurallab.lab.curriculum.forward;

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
class ForwardPageTest {
    private final SimpleDoubleProperty fontSize = new SimpleDoubleProperty(14);
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private final ForwardPassTopic topic = new ForwardPassTopic();
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#forward-diagram").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String[] row(FxRobot robot, String name, int n) {
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = text(robot, "#forward-" + name + "-" + i);
        }
        return v;
    }

    @Test
    void theLecturesNumbersThenATypedInputChangesThemAndResetRestores(FxRobot robot) throws Exception {
        engineLoaded(robot);
        assertThat(row(robot, "a1", 3)).containsExactly("0.3", "0.7", "1.1");
        assertThat(row(robot, "z1", 3)).containsExactly("0.57444252", "0.66818777", "0.75026011");
        assertThat(row(robot, "y", 2)).containsExactly("0.31682708", "0.69627909");
        assertThat(text(robot, "#forward-detail-sum")).endsWith("= 1 \u00d7 0.1 + 0.5 \u00d7 0.2 + 0.1 = 0.3");
        type(robot, "#forward-x2", "1");
        // 1*0.1 + 1*0.2 + 0.1
        assertThat(row(robot, "a1", 3)).containsExactly("0.4", "0.9", "1.4");
        assertThat(text(robot, "#forward-detail-sum")).endsWith("= 1 \u00d7 0.1 + 1 \u00d7 0.2 + 0.1 = 0.4");
        assertThat(row(robot, "y", 2)).doesNotContain("0.31682708");
        type(robot, "#forward-x1", "ten");
        NumberField x1 = robot.lookup("#forward-x1").queryAs(NumberField.class);
        assertThat(x1.messageLabel().isVisible()).isTrue();
        assertThat(row(robot, "a1", 3)).containsExactly("0.4", "0.9", "1.4");
        robot.interact(() -> x1.textField().setText("11"));
        assertThat(x1.messageLabel().getText()).contains("between");
        assertThat(x1.value()).isEqualTo(1);

        robot.clickOn("#topic-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "a1", 3)).containsExactly("0.3", "0.7", "1.1");
        assertThat(row(robot, "y", 2)).containsExactly("0.31682708", "0.69627909");
    }

    @Test
    void clickingANeuronWritesOutItsSum(FxRobot robot) throws Exception {
        engineLoaded(robot);
        NetworkDiagram diagram = topic.diagram();
        javafx.geometry.Point2D centre = diagram.centre(3, 1);
        robot.clickOn(diagram.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        // y2 = z2_1 * 0.3 + z2_2 * 0.4 + 0.2 with z2 = [0.6262, 0.7710]
        assertThat(text(robot, "#forward-detail-sum")).isEqualTo(
                "a\u00b3\u2082 = z\u00b2\u2081w\u00b3\u2081\u2082 + z\u00b2\u2082w\u00b3\u2082\u2082 + b\u00b3\u2082 = "
                        + "0.6262 \u00d7 0.3 + 0.771 \u00d7 0.4 + 0.2 = 0.6963");
        assertThat(text(robot, "#forward-detail-activation")).isEqualTo("y\u2082 = a\u00b3\u2082 = 0.6963");
        robot.moveTo(diagram.localToScreen(diagram.centre(2, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#forward-detail-activation")).contains("sigmoid").endsWith("= 0.6262");
        Screenshots.save(robot.lookup("#topic-view-forward").query(), "curriculum-forward-page-en");
    }

    @Test
    void darkThemeScreenshot(FxRobot robot) throws Exception {
        engineLoaded(robot);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            dark.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup("#topic-view-forward").query(), "curriculum-forward-page-dark");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void screenshotsInKoreanAndAtDoubleScale(FxRobot robot) throws Exception {
        engineLoaded(robot);
        Screenshots.save(scene, "curriculum-forward-en");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(robot.lookup(".title-4").queryAs(Label.class).getText()).isEqualTo("3층 신경망, 숫자 하나하나");
        Screenshots.save(scene, "curriculum-forward-ko");
        Screenshots.save(robot.lookup("#topic-view-forward").query(), "curriculum-forward-page-ko");
        doubleScale(robot, scene, fontSize);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "curriculum-forward-ko-2x");
        Screenshots.save(robot.lookup("#topic-view-forward").query(), "curriculum-forward-page-ko-2x");
    }
}
