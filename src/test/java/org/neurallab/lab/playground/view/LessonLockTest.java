package org.neurallab.lab.playground.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.lab.playground.state.ConfigJson;
import org.neurallab.lab.playground.state.Control;
import org.neurallab.lab.playground.state.Lesson;
import org.neurallab.lab.playground.state.LessonStore;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson with a teacher PIN: students cannot change or remove it, not even by opening a file or restarting. */
class LessonLockTest extends PlaygroundViewFixture {
    private Path folder;
    private LessonStore store;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("lesson-lock");
        store = new LessonStore(folder);
        build(new PlaygroundConfig()).keepLessonsIn(store);
        show(stage);
    }

    @Test
    void aPinProtectedLessonStaysUntilTheTeacherUnlocksIt(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-editor");
        click(robot, "#lesson-goal");
        robot.write("Test loss below 0.2");
        click(robot, "#lesson-lock-learning_rate");
        click(robot, "#lesson-pin");
        robot.write("2468");
        click(robot, "#lesson-apply");

        Lesson lesson = view.controller().configProperty().get().getLesson();
        assertThat(lesson.goal()).isEqualTo("Test loss below 0.2");
        assertThat(lesson.locks(Control.LEARNING_RATE)).isTrue();
        assertThat(lesson.pinProtected()).isTrue();
        assertThat(lesson.teacherKey()).doesNotContain("2468");
        // the editor is replaced by the unlock box: no goal field, no "remove lesson" button
        assertThat(robot.lookup("#lesson-locked").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lesson-clear").tryQuery()).isEmpty();
        Screenshots.save(view.node().getScene(), "playground-lesson-locked-en");

        // a student cannot remove it through the controller or by opening a configuration without a lesson
        robot.interact(() -> assertThat(view.controller().change(PlaygroundController.Kind.DISPLAY,
                c -> c.setLesson(Lesson.NONE))).isFalse());
        String plain = ConfigJson.toJson(new PlaygroundConfig());
        robot.interact(() -> assertThat(view.controller().loadText(plain)).isTrue());
        assertThat(view.controller().configProperty().get().getLesson()).isEqualTo(lesson);
        assertThat(robot.lookup("#playground-message").queryAs(Label.class).getText()).contains("lesson stays");

        // it survives a restart: the settings folder holds it, with its PIN
        PlaygroundConfig restored = store.restore().orElseThrow();
        assertThat(restored.getLesson()).isEqualTo(lesson);
        robot.interact(() -> {
            PlaygroundController again = new PlaygroundController(restored, service.worker("playground-again"));
            assertThat(again.lessonLocked()).isTrue();
            again.close();
        });

        // a wrong PIN changes nothing; the right one opens the editor, and "remove" ends the lesson
        click(robot, "#lesson-unlock-pin");
        robot.write("1111");
        click(robot, "#lesson-unlock");
        assertThat(robot.lookup("#lesson-unlock-message").queryAs(Label.class).getText()).isEqualTo("That PIN is not right.");
        assertThat(view.controller().lessonLocked()).isTrue();
        click(robot, "#lesson-unlock-pin");
        robot.write("2468");
        click(robot, "#lesson-unlock");
        assertThat(view.controller().lessonLocked()).isFalse();
        click(robot, "#lesson-clear");
        assertThat(view.controller().configProperty().get().getLesson().active()).isFalse();
        assertThat(Files.exists(store.file())).isFalse();
        assertThat(robot.lookup("#lesson-goal").query().isVisible()).isTrue();
    }

    @Test
    void aBadPinIsRefusedAndTheLessonIsNotApplied(FxRobot robot) {
        robot.clickOn("#lesson-editor");
        click(robot, "#lesson-goal");
        robot.write("Try it");
        click(robot, "#lesson-pin");
        robot.write("12");
        click(robot, "#lesson-apply");
        assertThat(view.controller().configProperty().get().getLesson().active()).isFalse();
        assertThat(robot.lookup("#playground-message").queryAs(Label.class).getText()).contains("4 to 12 digits");
    }

    @Test
    void theLockedBoxSpeaksKorean(FxRobot robot) {
        robot.interact(() -> {
            I18n.get().setLocale(I18n.KOREAN);
            view.controller().change(PlaygroundController.Kind.DISPLAY, c -> c.setLesson(
                    new Lesson("목표", 0.2, 0, Set.of(), Set.of(Control.OPTIMIZER)).withTeacherPin("1357")));
        });
        robot.clickOn("#lesson-editor");
        WaitForAsyncUtils.waitForFxEvents();
        Node locked = robot.lookup("#lesson-locked").query();
        assertThat(locked.isVisible()).isTrue();
        assertThat(robot.lookup("#lesson-unlock").queryButton().getText()).isEqualTo("잠금 풀기");
        Screenshots.save(view.node().getScene(), "playground-lesson-locked-ko");
    }

    /** Scrolls the left column so the node is on screen, then clicks it as a user would. */
    private static void click(FxRobot robot, String id) {
        Node target = robot.lookup(id).query();
        ScrollPane pane = ancestor(target);
        if (pane != null) {
            robot.interact(() -> {
                Bounds viewport = pane.localToScene(pane.getLayoutBounds());
                Bounds node = target.localToScene(target.getBoundsInLocal());
                if (node.getMinY() < viewport.getMinY() || node.getMaxY() > viewport.getMaxY()) {
                    double y = node.getMinY() - pane.getContent().localToScene(0, 0).getY();
                    double h = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 100) / h)));
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane ancestor(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s && s.getId() == null) {
                return s;
            }
        }
        return null;
    }
}
