package org.neurallab.lab.playground.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.engine.activation.Activation;
import org.neurallab.lab.playground.FrameSnapshot;
import org.neurallab.lab.playground.state.ConfigJson;
import org.neurallab.lab.playground.state.HiddenLayer;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class PlaygroundViewTest extends PlaygroundViewFixture {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        PlaygroundConfig c = new PlaygroundConfig();
        c.setDataSeed(4);
        c.setInitSeed(4);
        show(stage, c);
        view.start();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a frame drawn after every queued change is on screen. */
    private FrameSnapshot settledFrame(FxRobot robot) throws Exception {
        view.controller().loop().sync();
        view.controller().loop().edit(s -> { });
        view.controller().loop().sync();
        FrameSnapshot[] seen = new FrameSnapshot[1];
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> {
            FrameSnapshot now = view.shownFrame();
            boolean fresh = now != null && now != seen[0] && view.controller().loop().poll() == null;
            seen[0] = now;
            return now != null && fresh;
        });
        robot.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        return view.shownFrame();
    }

    private double shownLoss() {
        return view.shownFrame().metrics.trainLoss();
    }

    @Test
    void addLayerChangeActivationPlayAndTheLossFalls(FxRobot robot) throws Exception {
        robot.clickOn("#add-layer");
        assertThat(view.controller().config().getLayers()).hasSize(3);
        assertThat(robot.lookup("#layer-count").queryAs(Label.class).getText()).isEqualTo("3 hidden layers");

        robot.clickOn("#layer-activation-0");
        robot.clickOn("ReLU");
        assertThat(view.controller().config().getLayers().get(0).activation()).isEqualTo(Activation.RELU);
        assertThat(robot.lookup("#layer-activation-0").queryAs(ComboBox.class).getValue()).isEqualTo(Activation.RELU);

        settledFrame(robot);
        double before = shownLoss();
        assertThat(robot.lookup("#epoch").queryAs(Label.class).getText()).isEqualTo("0");
        robot.clickOn("#play");
        waitUntil(() -> view.shownFrame().epoch >= 60);
        robot.clickOn("#play");
        int epoch = Integer.parseInt(robot.lookup("#epoch").queryAs(Label.class).getText().replace(",", ""));
        assertThat(epoch).isGreaterThanOrEqualTo(60);
        assertThat(shownLoss()).isLessThan(before * 0.8);
        Screenshots.save(stage.getScene(), "playground-en");
    }

    @Test
    void clickingALinkEditsItsWeight(FxRobot robot) throws Exception {
        FrameSnapshot frame = settledFrame(robot);
        assertThat(frame.weight(1, 0, 1)).isNotEqualTo(1.5);
        NetworkPane pane = view.networkPane();
        Point2D middle = WaitForAsyncUtils.asyncFx(() -> pane.canvas().localToScreen(pane.linkMiddle(1, 0, 1)))
                .get(5, TimeUnit.SECONDS);
        robot.moveTo(middle);
        robot.clickOn(middle);
        assertThat(robot.lookup("#weight-editor").query().isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#weight-editor").queryTextInputControl().clear());
        robot.clickOn("#weight-editor").write("1.5").type(KeyCode.ENTER);
        assertThat(settledFrame(robot).weight(1, 0, 1)).isEqualTo(1.5);
        assertThat(view.controller().snapshot().getWeights().get(1).weights()[1]).isEqualTo(1.5);
    }

    @Test
    void aSavedConfigurationReloadsToTheSamePicture(FxRobot robot, @TempDir Path dir) throws Exception {
        for (int i = 0; i < 25; i++) {
            robot.clickOn("#step");
        }
        settledFrame(robot);
        WritableImage before = snapshot(robot);
        int epoch = view.shownFrame().epoch;
        assertThat(epoch).isEqualTo(25);
        Path file = dir.resolve("lesson.json");
        robot.interact(() -> view.saveTo(file.toFile()));

        robot.clickOn("#reset");
        robot.interact(() -> view.controller().change(PlaygroundController.Kind.STRUCTURE, c -> c.setInitSeed(99)));
        settledFrame(robot);
        assertThat(samePixels(before, snapshot(robot))).isFalse();

        robot.interact(() -> assertThat(view.controller().load(file)).isTrue());
        FrameSnapshot reloaded = settledFrame(robot);
        assertThat(reloaded.epoch).isEqualTo(25);
        assertThat(samePixels(before, snapshot(robot))).isTrue();
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.outputPane().canvas().snapshot(null, null));
        return image[0];
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void badInputLeavesThePlaygroundUntouched(FxRobot robot, @TempDir Path dir) throws Exception {
        String before = ConfigJson.toJson(view.controller().config());
        // a NaN learning rate typed into the field
        robot.interact(() -> robot.lookup("#learning-rate").queryAs(ComboBox.class).getEditor().clear());
        robot.clickOn("#learning-rate").write("NaN").type(KeyCode.ENTER);
        Label message = robot.lookup("#playground-message").queryAs(Label.class);
        assertThat(message.getText()).contains("Learning rate").contains("NaN");
        assertThat(view.controller().config().getLearningRate()).isEqualTo(0.03);

        // 0 neurons: the minus button stops at 1, and a direct attempt is refused with a message
        for (int i = 0; i < 5; i++) {
            Button minus = robot.lookup("#neurons-minus-1").queryButton();
            if (!minus.isDisabled()) {
                robot.clickOn(minus);
            }
        }
        assertThat(view.controller().config().getLayers().get(1).neurons()).isEqualTo(1);
        assertThat(robot.lookup("#neurons-minus-1").queryButton().isDisabled()).isTrue();
        String afterMinus = ConfigJson.toJson(view.controller().config());
        robot.interact(() -> view.controller().change(PlaygroundController.Kind.STRUCTURE,
                c -> c.setLayers(List.of(new HiddenLayer(0, Activation.TANH)))));
        assertThat(message.getText()).contains("neurons");
        assertThat(ConfigJson.toJson(view.controller().config())).isEqualTo(afterMinus);

        // corrupt and newer files
        Path corrupt = dir.resolve("corrupt.json");
        Files.writeString(corrupt, "{ \"formatVersion\": 1, \"layers\": [ {");
        robot.interact(() -> assertThat(view.controller().load(corrupt)).isFalse());
        assertThat(message.getText()).contains("nothing was changed");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, before.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
        robot.interact(() -> assertThat(view.controller().load(newer)).isFalse());
        assertThat(message.getText()).contains("newer");
        assertThat(ConfigJson.toJson(view.controller().config())).isEqualTo(afterMinus);
    }

    @Test
    void lessonHidesAndLocksControlsAndTheBannerTurnsGreen(FxRobot robot) throws Exception {
        robot.interact(() -> view.controller().change(PlaygroundController.Kind.DISPLAY, c -> c.setLesson(
                new org.neurallab.lab.playground.state.Lesson("Reach a test loss below 0.3", 0.3, 8,
                        java.util.Set.of(org.neurallab.lab.playground.state.Control.LEARNING_RATE),
                        java.util.Set.of(org.neurallab.lab.playground.state.Control.OPTIMIZER)))));
        assertThat(robot.lookup("#learning-rate").query().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#optimizer").query().isDisabled()).isTrue();
        Label banner = robot.lookup("#lesson-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("Reach a test loss below 0.3").doesNotContain("Goal reached");
        robot.clickOn("#play");
        waitUntil(() -> view.shownFrame().metrics.testLoss() < 0.25);
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.getText()).contains("Goal reached");
        assertThat(banner.getStyle()).contains("#2da44e");
        // the lesson travels with the configuration text
        String text = view.controller().toText();
        assertThat(ConfigJson.fromJson(text).getLesson().locks(org.neurallab.lab.playground.state.Control.OPTIMIZER)).isTrue();
    }

    @Test
    void koreanScreenshot(FxRobot robot) throws Exception {
        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        for (int i = 0; i < 30; i++) {
            robot.clickOn("#step");
        }
        settledFrame(robot);
        assertThat(robot.lookup("#layer-count").queryAs(Label.class).getText()).isEqualTo("은닉층 2개");
        Screenshots.save(stage.getScene(), "playground-ko");
    }
}
