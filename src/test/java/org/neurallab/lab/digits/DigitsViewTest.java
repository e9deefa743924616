package org.neurallab.lab.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.Screenshots;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.app.shell.AppShell;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.lab.digits.pad.DrawingPad;
import org.neurallab.lab.digits.pad.PadPipeline;
import org.neurallab.lab.digits.pad.PadReading;
import org.neurallab.lab.digits.pad.Stroke;
import org.neurallab.lab.digits.reader.LiveResult;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.view.DigitsView;
import org.neurallab.root.Labs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DigitsViewTest {
    private AppContext context;
    private DigitsView view;

    @Start
    void start(Stage stage) {
        Path settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("digits-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        context = new AppContext(stage, new SettingsStore(settings));
        AppShell shell = new AppShell(context, Labs.create(context));
        shell.attach(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.showLab("digits");
        view = (DigitsView) shell.scene().lookup("#page-digits");
        stage.show();
    }

    @AfterEach
    void reset(FxRobot robot) {
        robot.interact(() -> I18n.get().setLocale(I18n.ENGLISH));
        context.close();
    }

    private void useTestModel(FxRobot robot) throws Exception {
        Path model = TestModels.mnist();
        robot.interact(() -> view.loadModel(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.messageText().contains(model.getFileName().toString())
                && !view.messageText().contains("\u2026"));
    }

    /** Drags the mouse through pad points (pad units, 0..280). */
    private void draw(FxRobot robot, List<double[]> points) {
        Bounds b = view.pad().localToScreen(view.pad().getBoundsInLocal());
        double s = view.pad().scaleProperty().get();
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 1 + points.get(0)[0] * s, b.getMinY() + 1 + points.get(0)[1] * s));
        robot.press(MouseButton.PRIMARY);
        for (double[] p : points) {
            robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 1 + p[0] * s, b.getMinY() + 1 + p[1] * s));
        }
        robot.release(MouseButton.PRIMARY);
    }

    private LiveResult waitForReading(FxRobot robot, PadReading.Status status) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            LiveResult r = view.lastResult();
            return r != null && r.reading().status() == status
                    && (status != PadReading.Status.OK || r.prediction() != null);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.lastResult();
    }

    @Test
    void readsAVerticalStrokeAsOneAndACircleAsZero(FxRobot robot) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-clear");
        LiveResult empty = waitForReading(robot, PadReading.Status.EMPTY);
        assertThat(empty.prediction()).isNull();
        assertThat(view.hintText()).isEqualTo(I18n.get().text("digits.hint.empty"));

        List<double[]> line = new java.util.ArrayList<>();
        for (int y = 50; y <= 230; y += 15) {
            line.add(new double[] {140, y});
        }
        draw(robot, line);
        LiveResult one = waitForReading(robot, PadReading.Status.OK);
        assertThat(one.prediction().top()).isEqualTo(1);
        assertThat(view.bars().shown(1)).isEqualTo(one.prediction().probability(1), org.assertj.core.data.Offset.offset(1e-6));
        Screenshots.save(robot.window(0).getScene(), "digits-one-en");

        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        List<double[]> circle = new java.util.ArrayList<>();
        for (int k = 0; k <= 36; k++) {
            double a = 2 * Math.PI * k / 36;
            circle.add(new double[] {140 + 65 * Math.cos(a), 140 + 90 * Math.sin(a)});
        }
        draw(robot, circle);
        LiveResult zero = waitForReading(robot, PadReading.Status.OK);
        assertThat(zero.prediction().top()).isEqualTo(0);
        assertThat(view.hintText()).contains("0");
        robot.interact(() -> I18n.get().setLocale(I18n.KOREAN));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Screenshots.save(robot.window(0).getScene(), "digits-zero-ko");
    }

    @Test
    void aDotGivesAHintAndNoPrediction(FxRobot robot) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-clear");
        Bounds b = view.pad().localToScreen(view.pad().getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(b.getMinX() + 100, b.getMinY() + 100));
        LiveResult dot = waitForReading(robot, PadReading.Status.TOO_SMALL);
        assertThat(dot.prediction()).isNull();
        assertThat(view.hintText()).isEqualTo(I18n.get().text("digits.hint.tooSmall"));
    }

    @Test
    void aModelOfTheWrongShapeIsRefusedAndTheOldOneKept(FxRobot robot, @TempDir Path dir) throws Exception {
        useTestModel(robot);
        Sequential flat = Sequential.build(new ModelSpec(new int[] {784}, List.of(
                new LayerSpec.Dense(10, Activation.SOFTMAX)), LossType.SOFTMAX_CROSS_ENTROPY), 1);
        Path file = dir.resolve("flat.nlm");
        ModelFile.save(file, new SavedModel(flat, new TrainingInfo(OptimizerType.SGD, 0.1, 32, 1, 1, null), "mnist",
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of()));
        robot.interact(() -> view.loadModel(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.messageText().contains("[784]"));
        robot.interact(() -> view.pad().addStroke(DigitModelTest.verticalStroke().get(0)));
        assertThat(waitForReading(robot, PadReading.Status.OK).prediction().top()).isEqualTo(1);
    }

    @Test
    void teachesThreeOwnClassesAndSavesThem(FxRobot robot, @TempDir Path dir) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-tab-teach");
        robot.clickOn("#teach-add-class");
        assertThat(view.teachPanel().editors()).hasSize(3);
        for (int c = 0; c < 3; c++) {
            for (int k = 0; k < ClassSet.MIN_SAMPLES; k++) {
                float[] drawing = TeachTrainerTest.drawing(c, c * 100L + k);
                final int cls = c;
                robot.interact(() -> view.teachPanel().editors().get(cls).samples().add(drawing));
            }
        }
        // one more through the pad and the button, as a student would add it
        robot.interact(() -> view.pad().clear());
        robot.interact(() -> view.pad().addStroke(DigitModelTest.verticalStroke().get(0)));
        robot.clickOn("#teach-add-2");
        assertThat(view.teachPanel().editors().get(2).samples()).hasSize(ClassSet.MIN_SAMPLES + 1);
        robot.interact(() -> view.teachPanel().editors().get(2).samples().remove(ClassSet.MIN_SAMPLES));
        // fire() rather than a click: with many thumbnails the button may be scrolled out of the visible area
        robot.interact(() -> robot.lookup("#teach-train").queryButton().fire());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> view.teachPanel().statusText().matches(".*\\b100\\s?%.*"));
        Screenshots.save(robot.window(0).getScene(), "digits-teach-en");

        Path file = dir.resolve("classes.json");
        robot.interact(() -> view.teachPanel().saveTo(file));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json", StandardCharsets.UTF_8);
        robot.interact(() -> view.teachPanel().loadFrom(bad));
        assertThat(view.teachPanel().statusText()).contains("bad.json");
        assertThat(view.teachPanel().editors()).hasSize(3);
        robot.interact(() -> view.teachPanel().loadFrom(file));
        assertThat(view.teachPanel().classSet().classes().get(1).samples()).hasSize(ClassSet.MIN_SAMPLES);
    }

    @Test
    void fixesAMisreadTestImageAndShowsBothAccuracies(FxRobot robot) throws Exception {
        useTestModel(robot);
        org.neurallab.lab.digits.model.DigitModel model = org.neurallab.lab.digits.model.DigitModel.load(TestModels.mnist());
        org.neurallab.data.ImageDataset test = org.neurallab.data.MnistLoader.load(org.neurallab.data.DatasetKind.MNIST,
                org.neurallab.data.Split.TEST);
        int misread = -1;
        for (int i = 0; i < test.count() && misread < 0; i++) {
            float[] seen = org.neurallab.lab.digits.pad.PadPipeline.read(List.of(), test.image(i),
                    org.neurallab.lab.digits.pad.InputMode.DIGIT, 22).pixels();
            if (model.predict(seen).top() != test.label(i)) {
                misread = i;
            }
        }
        assertThat(misread).isNotNegative();
        float[] picture = test.image(misread);
        int truth = test.label(misread);
        robot.interact(() -> view.pad().showPicture(picture));
        LiveResult before = waitForReading(robot, PadReading.Status.OK);
        assertThat(before.prediction().top()).isNotEqualTo(truth);
        robot.clickOn("#digits-tab-fix");
        robot.interact(() -> {
            robot.lookup("#fix-actual").queryComboBox().getSelectionModel().select(Integer.valueOf(truth));
            robot.lookup("#fix-add").queryButton().fire();
        });
        assertThat(view.fixPanel().corrections()).hasSize(1);
        // Kept in the settings folder at once, so a restart does not lose it.
        assertThat(org.neurallab.lab.digits.fix.CorrectionsFile.load(org.neurallab.lab.digits.fix.CorrectionsFile.in(
                context.settingsFolder(), "mnist"))).singleElement().extracting(c -> c.label()).isEqualTo(truth);
        robot.interact(() -> robot.lookup("#fix-run").queryButton().fire());
        String applied = I18n.get().text("digits.fix.applied");
        String rejected = I18n.get().text("digits.fix.rejected");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> view.fixPanel().statusText().contains(applied)
                || view.fixPanel().statusText().contains(rejected));
        Screenshots.save(robot.window(0).getScene(), "digits-fix-en");
        assertThat(view.fixPanel().statusText()).contains(applied).contains("1 of 1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.lastResult() != null
                && view.lastResult().prediction() != null && view.lastResult().prediction().top() == truth);
        assertThat(view.fixPanel().corrections()).as("kept to fine-tune again").hasSize(1);
    }

    /** Points along straight lines through the corners (pad units), a few pad units apart, as a hand drags. */
    private static List<double[]> path(double... corners) {
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i + 3 < corners.length; i += 2) {
            for (int k = 0; k < 8; k++) {
                double t = k / 8.0;
                points.add(new double[] {corners[i] + (corners[i + 2] - corners[i]) * t,
                        corners[i + 1] + (corners[i + 3] - corners[i + 1]) * t});
            }
        }
        points.add(new double[] {corners[corners.length - 2], corners[corners.length - 1]});
        return points;
    }

    @Test
    void readsAThickOffCentreSevenAndAThinSlantedFour(FxRobot robot) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        // A small 7 in the top-left corner: the pad's pen is thick for a digit this size.
        draw(robot, path(22, 25, 82, 25, 48, 100));
        LiveResult seven = waitForReading(robot, PadReading.Status.OK);
        assertThat(seven.prediction().top()).isEqualTo(7);
        assertThat(view.hintText()).isEqualTo(I18n.get().text("digits.hint.reads", "7"));

        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        // A large 4 leaning right: thin strokes for its size, in two strokes like a hand writes it.
        draw(robot, path(125, 30, 65, 175, 225, 170));
        draw(robot, path(200, 55, 150, 255));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.lastResult() != null
                && view.lastResult().prediction() != null && view.lastResult().prediction().top() == 4);
        Screenshots.save(robot.window(0).getScene(), "digits-slanted-four-en");
    }

    @Test
    void theThickAndTheThinPenDrawStrokesOfTheirWidthAndBothAreRead(FxRobot robot) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        robot.clickOn("#digits-pen-thick");
        draw(robot, path(22, 25, 82, 25, 48, 100));
        LiveResult seven = waitForReading(robot, PadReading.Status.OK);
        assertThat(view.pad().snapshot()).extracting(Stroke::width).containsOnly(PadPipeline.PEN_WIDTHS[2]);
        assertThat(seven.prediction().top()).isEqualTo(7);

        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        robot.clickOn("#digits-eraser");
        robot.clickOn("#digits-pen-thin");
        assertThat(view.pad().eraserProperty().get()).as("picking a pen puts the eraser away").isFalse();
        draw(robot, path(125, 30, 65, 175, 225, 170));
        draw(robot, path(200, 55, 150, 255));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.lastResult() != null
                && view.lastResult().prediction() != null && view.lastResult().prediction().top() == 4);
        assertThat(view.pad().snapshot()).hasSize(2).extracting(Stroke::width).containsOnly(PadPipeline.PEN_WIDTHS[0]);
        // Clicking the selected pen again keeps it selected.
        robot.clickOn("#digits-pen-thin");
        assertThat(robot.lookup("#digits-pen-thin").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#digits-pen-medium");
        assertThat(view.pad().penWidthProperty().get()).isEqualTo(DrawingPad.PEN_WIDTH);
    }

    @Test
    void aScribbleIsAnsweredWithTheTopThreeGuesses(FxRobot robot) throws Exception {
        useTestModel(robot);
        robot.clickOn("#digits-clear");
        waitForReading(robot, PadReading.Status.EMPTY);
        draw(robot, path(30, 30, 250, 250, 30, 250, 250, 30, 30, 30, 250, 140, 30, 140, 140, 30, 140, 250));
        LiveResult r = waitForReading(robot, PadReading.Status.OK);
        int[] top = r.prediction().topClasses(3);
        String hint = view.hintText();
        assertThat(hint).isNotEqualTo(I18n.get().text("digits.hint.reads", r.labels().get(top[0]))).contains("%");
        for (int c : top) {
            assertThat(hint).contains(r.labels().get(c));
        }
    }

    @Test
    void aClassWithoutDrawingsGetsAMessage(FxRobot robot) throws Exception {
        robot.clickOn("#digits-tab-teach");
        robot.interact(() -> robot.lookup("#teach-train").queryButton().fire());
        assertThat(view.teachPanel().statusText()).contains(I18n.get().text("digits.teach.defaultName", 1));
    }
}
