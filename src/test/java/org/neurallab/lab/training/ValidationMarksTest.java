package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A student types nonsense into the learning rate: ControlsFX marks the field (red frame and an error mark
 * whose tooltip says what is allowed, in the current language), Start is disabled and says why; a good
 * value removes the mark and Start comes back.
 */
class ValidationMarksTest extends TrainingViewFixture {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aTypedBadValueIsMarkedAndStartWaits(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.dataset().dataProperty().get() != null);
        Button start = robot.lookup("#run-start").queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(start.isDisabled()).isFalse();
        assertThat(errorMarks(robot)).isEmpty();

        TextField rate = robot.lookup("#learning-rate").queryAs(TextField.class);
        // the settings column may be scrolled: focus the field, then type as a student does
        robot.interact(rate::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("fast");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate.getText()).isEqualTo("fast");
        assertThat(rate.getStyleClass()).contains("error");
        assertThat(errorMarks(robot)).singleElement()
                .satisfies(mark -> assertThat(mark.getTooltip().getText()).isEqualTo("Type a number, such as 0.001."));
        assertThat(start.isDisabled()).isTrue();
        Label cannotStart = robot.lookup("#cannot-start").queryAs(Label.class);
        assertThat(cannotStart.isVisible()).isTrue();
        assertThat(cannotStart.getText()).endsWith(" Learning rate: Type a number, such as 0.001.");
        assertThat(view.settings().learningRate().value()).isEqualTo(0.001);

        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorMarks(robot)).singleElement()
                .satisfies(mark -> assertThat(mark.getTooltip().getText()).isEqualTo("0.001 같은 숫자를 입력하세요."));
        assertThat(cannotStart.getText()).endsWith(" 학습률: 0.001 같은 숫자를 입력하세요.");
        // another mistake in the same field: the marks and the line follow the newest text
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cannotStart.getText()).contains(" 학습률: 0보다 크고 ");
        assertThat(errorMarks(robot)).singleElement()
                .satisfies(mark -> assertThat(mark.getTooltip().getText()).startsWith("0보다 크고 "));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("0.01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rate.getStyleClass()).doesNotContain("error");
        assertThat(errorMarks(robot)).isEmpty();
        assertThat(start.isDisabled()).isFalse();
        assertThat(cannotStart.isVisible()).isFalse();
        assertThat(view.settings().learningRate().value()).isEqualTo(0.01);
    }

    /** The marks ControlsFX draws over the page: labels holding the error image, with the message as tooltip. */
    private static Set<Label> errorMarks(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Label l && l.getTooltip() != null
                && l.getGraphic() instanceof javafx.scene.image.ImageView && l.isVisible()).queryAllAs(Label.class);
    }
}
