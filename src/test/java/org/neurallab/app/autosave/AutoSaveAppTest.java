package org.neurallab.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.app.shell.AppShell;
import org.neurallab.io.SavedModel;
import org.neurallab.lab.digits.teach.ClassSet;
import org.neurallab.lab.digits.teach.ClassSetFile;
import org.neurallab.lab.digits.teach.TeachClass;
import org.neurallab.lab.digits.view.DigitsView;
import org.neurallab.lab.training.FileActions;
import org.neurallab.lab.training.TrainingView;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.root.Labs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing lost, end to end: work done in one app window (a model trained in the Training lab, classes taught in
 * Digits, a Playground changed and trained) is autosaved; the window closes; a fresh app on the same settings
 * folder offers each back, and Restore brings back the same model (same predictions), the same classes and the same
 * Playground. A deliberate save clears the autosave; a corrupt autosave is reported once and the app starts.
 */
@ExtendWith(ApplicationExtension.class)
class AutoSaveAppTest {
    private Stage firstStage;
    private Path settings;

    /** One app window on the settings folder, as NeuralLabApp makes it. */
    private record Session(Stage stage, AppContext context, AppShell shell) {
    }

    @Start
    void start(Stage stage) {
        firstStage = stage;
        settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("autosave-" + UUID.randomUUID()).toAbsolutePath();
        I18n.get().setLocale(I18n.ENGLISH);
    }

    private Session open(FxRobot robot, Stage given) {
        Session[] made = new Session[1];
        robot.interact(() -> {
            Stage stage = given != null ? given : new Stage();
            AppContext context = new AppContext(stage, new SettingsStore(settings));
            AppShell shell = new AppShell(context, Labs.create(context));
            shell.attach(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            made[0] = new Session(stage, context, shell);
        });
        return made[0];
    }

    /** What NeuralLabApp.stop() does when the window closes. */
    private static void close(FxRobot robot, Session s) {
        robot.interact(() -> {
            s.shell().close();
            s.context().close();
            s.stage().hide();
        });
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a label to show the text; says what it shows instead if it never does. */
    private static void waitForText(FxRobot robot, String id, String expected) throws Exception {
        try {
            waitFor(30, () -> text(robot, id).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(text(robot, id)).as(id).isEqualTo(expected);
        }
    }

    private Path autosave(String name) {
        return settings.resolve(AutoSave.FOLDER).resolve(name);
    }

    private static INDArray probe() {
        Nd4j.getRandom().setSeed(7);
        return Nd4j.rand(DataType.FLOAT, 4, 1, 28, 28);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void unsavedWorkComesBackInAFreshAppAndASaveClearsIt(FxRobot robot) throws Exception {
        Session a = open(robot, firstStage);

        // Training: one epoch on 500 images; the run's end writes the model in the background
        robot.clickOn("#nav-training");
        TrainingView training = robot.lookup("#page-training").queryAs(TrainingView.class);
        waitFor(60, () -> training.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            training.settings().subset().setText("500");
            training.settings().epochs().setText("1");
            training.settings().batchSize().setText("50");
        });
        robot.clickOn("#run-start");
        waitFor(120, () -> training.results().evaluation() != null && training.controller().phase() == Phase.IDLE);
        waitFor(30, () -> Files.isRegularFile(autosave("training-model.zip")));
        SavedModel trained = training.controller().snapshot();
        INDArray before = trained.model().predict(probe());

        // Playground: one more hidden layer and a few training steps
        robot.clickOn("#nav-playground");
        String layersBefore = text(robot, "#layer-count");
        robot.clickOn("#add-layer");
        waitFor(10, () -> !text(robot, "#layer-count").equals(layersBefore));
        String epochZero = text(robot, "#epoch");
        robot.clickOn("#step");
        waitFor(30, () -> !text(robot, "#epoch").equals(epochZero));
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // the step's last frame is shown
        WaitForAsyncUtils.waitForFxEvents();
        String layers = text(robot, "#layer-count");
        String epoch = text(robot, "#epoch");
        String loss = text(robot, "#train-loss");

        // Digits: two classes of five drawings each
        robot.clickOn("#nav-digits");
        DigitsView digits = robot.lookup("#page-digits").queryAs(DigitsView.class);
        Random random = new Random(5);
        robot.interact(() -> {
            digits.teachPanel().editors().get(0).nameProperty().set("circle");
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < ClassSet.MIN_SAMPLES; k++) {
                    float[] drawing = new float[TeachClass.PIXELS];
                    for (int i = 0; i < drawing.length; i++) {
                        drawing[i] = random.nextFloat();
                    }
                    digits.teachPanel().editors().get(c).samples().add(drawing);
                }
            }
        });
        ClassSet taught = digits.teachPanel().classSet();
        assertThat(Files.exists(autosave("digits-classes.json"))).as("written at a tick or at close, not at once").isFalse();

        close(robot, a);
        assertThat(autosave("playground-setup.json")).isRegularFile();
        assertThat(autosave("digits-classes.json")).isRegularFile();

        // a fresh app on the same settings folder offers all three back
        Session b = open(robot, null);
        waitFor(60, () -> robot.lookup("#autosave-offer-training-model").tryQuery().isPresent()
                && robot.lookup("#autosave-offer-digits-classes").tryQuery().isPresent()
                && robot.lookup("#autosave-offer-playground-setup").tryQuery().isPresent());
        assertThat(text(robot, "#autosave-offer-training-model")).startsWith("Restore the model trained at ")
                .endsWith("(not saved)?");
        assertThat(b.shell().restoreBanner().isVisible()).isTrue();

        robot.clickOn("#autosave-restore-training-model");
        assertThat(b.shell().currentLab().id()).isEqualTo("training");
        TrainingView restored = robot.lookup("#page-training").queryAs(TrainingView.class);
        waitFor(60, () -> restored.controller().hasModel() && restored.controller().phase() == Phase.IDLE);
        SavedModel back = restored.controller().snapshot();
        assertThat(back.spec()).isEqualTo(trained.spec());
        assertThat(back.history()).hasSameSizeAs(trained.history());
        INDArray after = back.model().predict(probe());
        assertThat(after.reshape(after.length()).toFloatVector()).containsExactly(before.reshape(before.length()).toFloatVector());

        robot.clickOn("#autosave-restore-playground-setup");
        assertThat(b.shell().currentLab().id()).isEqualTo("playground");
        waitForText(robot, "#epoch", epoch);
        assertThat(text(robot, "#layer-count")).isEqualTo(layers);
        waitForText(robot, "#train-loss", loss);

        robot.clickOn("#autosave-restore-digits-classes");
        DigitsView digitsBack = robot.lookup("#page-digits").queryAs(DigitsView.class);
        ClassSet classes = digitsBack.teachPanel().classSet();
        assertThat(classes.names()).containsExactly("circle", taught.names().get(1));
        for (int c = 0; c < 2; c++) {
            List<float[]> was = taught.classes().get(c).samples();
            List<float[]> now = classes.classes().get(c).samples();
            assertThat(now).hasSize(ClassSet.MIN_SAMPLES);
            for (int k = 0; k < was.size(); k++) {
                assertThat(ClassSetFile.toBytes(now.get(k))).containsExactly(ClassSetFile.toBytes(was.get(k)));
            }
        }
        assertThat(b.shell().restoreBanner().isVisible()).as("nothing left to offer").isFalse();
        // restored work is still unsaved: it stays the autosave of this session
        waitFor(30, () -> Files.isRegularFile(autosave("training-model.zip")));

        // a deliberate save clears the model's autosave
        Path saved = settings.resolve("my-model.zip");
        robot.interact(() -> restored.files().setChooser((kind, owner) -> kind == FileActions.Kind.SAVE_MODEL ? saved : null));
        robot.clickOn("#nav-training").clickOn("#file-menu").clickOn("#model-save");
        waitFor(60, () -> Files.isRegularFile(saved) && !Files.exists(autosave("training-model.zip")));
        close(robot, b);

        // the next start offers only what was not saved
        Session c = open(robot, null);
        waitFor(60, () -> robot.lookup("#autosave-offer-playground-setup").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        assertThat(robot.lookup("#autosave-offer-training-model").tryQuery()).isEmpty();
        robot.clickOn("#autosave-discard-playground-setup");
        robot.clickOn("#autosave-discard-digits-classes");
        assertThat(c.shell().restoreBanner().isVisible()).isFalse();
        close(robot, c);
        waitFor(10, () -> !Files.exists(settings.resolve(AutoSave.FOLDER).resolve(AutoSave.OFFERED)
                .resolve("playground-setup.json")));
    }

    @Test
    void aCorruptAutosaveIsReportedOnceAndSetAside(FxRobot robot) throws Exception {
        Files.createDirectories(autosave(""));
        Files.writeString(autosave("training-model.zip"), "PK this is not a model");
        Files.write(autosave("digits-classes.json"), new byte[] {'{', '"', 'f', (byte) 0xff});

        Session a = open(robot, firstStage);
        waitFor(60, () -> robot.lookup("#autosave-problem-training-model").tryQuery().isPresent()
                && robot.lookup("#autosave-problem-digits-classes").tryQuery().isPresent());
        assertThat(text(robot, "#autosave-problem-training-model"))
                .startsWith("The unsaved model from ").contains("could not be read")
                .contains("training-model.zip" + AutoSave.SET_ASIDE_SUFFIX);
        assertThat(robot.lookup("#autosave-offer-training-model").tryQuery()).isEmpty();
        Path offered = settings.resolve(AutoSave.FOLDER).resolve(AutoSave.OFFERED);
        assertThat(offered.resolve("training-model.zip" + AutoSave.SET_ASIDE_SUFFIX)).isRegularFile();
        assertThat(offered.resolve("training-model.zip")).doesNotExist();

        // in Korean too
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        assertThat(text(robot, "#autosave-problem-training-model")).startsWith("저장하지 않은 모델")
                .contains("읽을 수 없어서");
        robot.interact(() -> I18n.get().setLocale(I18n.ENGLISH));

        // the app works on: the labs open, the message goes with OK
        robot.clickOn("#nav-training");
        assertThat(a.shell().currentLab().id()).isEqualTo("training");
        robot.clickOn("#autosave-dismiss-training-model").clickOn("#autosave-dismiss-digits-classes");
        assertThat(a.shell().restoreBanner().isVisible()).isFalse();
        close(robot, a);

        // reported once: the next start says nothing
        Session b = open(robot, null);
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(b.shell().restoreBanner().isVisible()).isFalse();
        close(robot, b);
    }
}
