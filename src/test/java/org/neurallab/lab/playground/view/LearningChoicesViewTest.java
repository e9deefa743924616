package org.neurallab.lab.playground.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.plain.WeightInit;
import org.neurallab.lab.playground.data.PointDataset;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Picking a function-boundary dataset, zero first weights and the step function, and showing gradients. */
class LearningChoicesViewTest extends PlaygroundViewFixture {

    @Start
    void start(Stage stage) {
        show(stage, new PlaygroundConfig());
        view.start();
    }

    @Test
    void choicesThatStopLearningAreExplainedAndGradientsCanBeShown(FxRobot robot) throws Exception {
        robot.clickOn("#dataset");
        robot.clickOn("Sine curve boundary");
        assertThat(view.controller().config().getDataset()).isEqualTo(PointDataset.BOUNDARY_SIN);

        Label note = robot.lookup("#playground-note").queryAs(Label.class);
        assertThat(note.isVisible()).isFalse();
        robot.clickOn("#weight-init");
        robot.clickOn("All zero");
        assertThat(view.controller().config().getWeightInit()).isEqualTo(WeightInit.ZEROS);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("symmetry");

        robot.clickOn("#weight-init");
        robot.clickOn("He");
        robot.clickOn("#activation");
        robot.clickOn("Step");
        assertThat(view.controller().config().getLayers()).allMatch(h -> h.activation() == Activation.STEP);
        assertThat(note.getText()).contains("slope is 0");
        Screenshots.save(view.node().getScene(), "playground-step-note-en");

        robot.clickOn("#activation");
        robot.clickOn("Sigmoid");
        assertThat(note.isVisible()).isFalse();
        for (int i = 0; i < 5; i++) {
            robot.clickOn("#step");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.shownFrame() != null && view.shownFrame().epoch >= 5);
        WaitForAsyncUtils.waitForFxEvents();
        int[] weightsPicture = pixels(robot);
        robot.clickOn("#show-gradients");
        WaitForAsyncUtils.waitForFxEvents();
        int[] gradientsPicture = pixels(robot);
        int changed = 0;
        for (int i = 0; i < weightsPicture.length; i++) {
            if (weightsPicture[i] != gradientsPicture[i]) {
                changed++;
            }
        }
        assertThat(changed).as("pixels that changed when the links show gradients").isGreaterThan(500);
        assertThat(view.shownFrame().neuronGrads[0][0]).isPositive();
        Screenshots.save(view.node().getScene(), "playground-gradients-en");
        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        assertThat(robot.lookup("#show-gradients").queryAs(org.controlsfx.control.ToggleSwitch.class).getText())
                .isEqualTo("기울기 보기");
        Screenshots.save(view.node().getScene(), "playground-gradients-ko");
    }

    private static int[] pixels(FxRobot robot) {
        Canvas canvas = robot.lookup("#network-canvas").queryAs(Canvas.class);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        PixelReader reader = image[0].getPixelReader();
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = reader.getArgb(x, y);
            }
        }
        return out;
    }
}
