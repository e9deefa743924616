package org.neurallab.lab.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.curriculum.ui.CurriculumContext;
import org.neurallab.lab.curriculum.ui.Topic;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CurriculumViewTest {
    private List<Topic> topics;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n.get().setLocale(Locale.ENGLISH);
        // topics may build controls as they are made, so only once the FX toolkit runs
        topics = Topics.all();
        CurriculumView view = new CurriculumView(topics,
                new CurriculumContext(new SimpleBooleanProperty(false), new SimpleDoubleProperty(14),
                        TopicRobot.SERVICE.worker("curriculum-test")));
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> I18n.get().setLocale(Locale.ENGLISH)).get();
    }

    @Test
    void everyTopicOpensItsOwnPageUnderItsTitle(FxRobot robot) {
        assertThat(topics).hasSize(9);
        for (Topic topic : topics) {
            robot.clickOn("#topic-" + topic.id());
            WaitForAsyncUtils.waitForFxEvents();
            ScrollPane content = robot.lookup("#topic-content").queryAs(ScrollPane.class);
            assertThat(content.getContent().getId()).isEqualTo("topic-view-" + topic.id());
            assertThat(robot.lookup(".topic-title").queryAs(Label.class).getText())
                    .isEqualTo(I18n.get().text(topic.titleKey()));
            Screenshots.save(scene, "curriculum-" + topic.id() + "-en");
        }
    }

    @Test
    void topicTitlesFollowTheLanguage(FxRobot robot) {
        robot.clickOn("#topic-perceptron");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(robot.lookup(".topic-title").queryAs(Label.class).getText()).isEqualTo("퍼셉트론과 논리 게이트");
        Screenshots.save(scene, "curriculum-perceptron-ko");
    }
}
