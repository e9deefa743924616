package org.neurallab.lab.convolution.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.app.I18n;
import org.neurallab.lab.convolution.Grids;
import org.neurallab.lab.convolution.PaddingMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConvolutionViewTest {
    private final org.neurallab.train.TrainingService service = new org.neurallab.train.TrainingService();
    private ConvolutionView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n.get().setLocale(Locale.ENGLISH);
        view = new ConvolutionView(service.worker("convolution-test"));
        scene = new Scene(view, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void shutDown() {
        service.shutdown();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void editingAKernelCellChangesTheOutput(FxRobot robot) {
        double[][] before = Grids.copy(view.kernels().outputValues());
        typeInto(robot, "#conv-cell-1-1", "-8");
        double[][] after = view.kernels().outputValues();
        assertThat(java.util.Arrays.deepEquals(after, before)).isFalse();
        assertThat(view.kernels().problemText()).isEmpty();
        assertThat(robot.lookup("#conv-cell-1-1").queryAs(TextField.class).getText()).isEqualTo("-8");
    }

    @Test
    void nonNumberShowsAnInlineMessageAndKeepsTheOutput(FxRobot robot) {
        double[][] before = Grids.copy(view.kernels().outputValues());
        typeInto(robot, "#conv-cell-0-1", "x");
        assertThat(view.kernels().problemText()).contains("x").contains("Row 1, column 2");
        assertThat(view.kernels().outputValues()).isDeepEqualTo(before);
        typeInto(robot, "#conv-stride", "0");
        assertThat(view.kernels().problemText()).isNotEmpty();
        assertThat(view.kernels().outputValues()).isDeepEqualTo(before);
    }

    @Test
    void strideTwoHalvesTheOutputAndTheFormulaAgrees(FxRobot robot) {
        typeInto(robot, "#conv-stride", "2");
        double[][] out = view.kernels().outputValues();
        assertThat(out.length).isEqualTo((28 - 3) / 2 + 1);
        assertThat(robot.lookup("#conv-computed").queryLabeled().getText()).contains("13 rows × 13 columns ✓");
    }

    @Test
    void poolingAndCosineShowTheLectureNumbers(FxRobot robot) {
        assertThat(view.pooling().lecturePooled()).isDeepEqualTo(new double[][] {{100, 184}, {12, 45}});
        robot.interact(() -> view.tabs().getSelectionModel().select(1));
        robot.clickOn("#conv-pool-average");
        assertThat(view.pooling().lecturePooled()).isDeepEqualTo(new double[][] {{36, 80}, {12, 15}});
        assertThat(view.cosine().selectedValue()).isCloseTo(0.852, within(5e-4));
    }

    @Test
    void playMovesTheWindowAndPauseStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#conv-speed").queryAs(javafx.scene.control.Slider.class).setValue(2));
        robot.clickOn("#conv-play");
        Thread.sleep(800);
        robot.clickOn("#conv-play");
        int stopped = view.kernels().position();
        assertThat(stopped).isGreaterThan(5);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.kernels().position()).isEqualTo(stopped);
    }

    @Test
    void theTinyCnnTrainsAsARunOfTheTrainingService(FxRobot robot) throws Exception {
        robot.interact(() -> view.tabs().getSelectionModel().selectLast());
        Button train = robot.lookup("#conv-learned-train").queryButton();
        // opening the tab may load a bundled model first
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !train.isDisabled());
        robot.clickOn(train);
        assertThat(train.isDisabled()).isTrue();
        assertThat(service.liveThreads()).extracting(Thread::getName).contains("convolution-test");
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.learned().learned() != null && "tiny-cnn".equals(view.learned().learned().source()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(train.isDisabled()).isFalse();
        assertThat(view.learned().learned().count()).isEqualTo(org.neurallab.lab.convolution.TinyCnnTrainer.FILTERS);
    }

    @Test
    void digitsDrawingBecomesTheInput(FxRobot robot) {
        robot.interact(() -> view.chooser().showDrawing());
        double[][] pad = new double[28][28];
        pad[10][10] = 1;
        org.neurallab.lab.convolution.SharedImages.setLatestDrawing(pad);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.kernels().lab().image().grey()[10][10]).isEqualTo(1.0);
        assertThat(view.kernels().lab().image().grey()[5][5]).isZero();
    }

    @Test
    void corruptImportGetsAMessage(@TempDir Path dir, FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.jpg");
        Files.writeString(bad, "not a picture");
        robot.interact(() -> view.chooser().importFile(bad));
        assertThat(view.chooser().message()).contains("bad.jpg");
    }

    @Test
    void snapshotsInBothLanguages(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<PaddingMode> padding = robot.lookup("#conv-padding").queryAs(ComboBox.class);
        robot.interact(() -> padding.setValue(PaddingMode.SAME));
        Button step = robot.lookup("#conv-step").queryButton();
        robot.interact(() -> {
            for (int i = 0; i < 28 * 8 + 14; i++) {
                step.fire();
            }
        });
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            robot.interact(() -> {
                I18n.get().setLocale(locale);
                view.chooser().load();
            });
            for (int tab = 0; tab < view.tabs().getTabs().size(); tab++) {
                int t = tab;
                if (view.tabs().getTabs().get(t).getId().equals("conv-tab-channels")) {
                    LabImageHolder.house(robot, view);
                }
                robot.interact(() -> view.tabs().getSelectionModel().select(t));
                WaitForAsyncUtils.waitForFxEvents();
                String name = "convolution-" + view.tabs().getTabs().get(t).getId().replace("conv-tab-", "") + "-"
                        + locale.getLanguage() + ".png";
                save(robot, name);
            }
        }
        assertThat(new File("target/screenshots/convolution-kernels-ko.png")).exists();
    }

    private void save(FxRobot robot, String name) throws Exception {
        File dir = new File("target/screenshots");
        dir.mkdirs();
        File file = new File(dir, name);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Switches the input to the bundled house picture (a colour image) for the channels snapshot. */
    private static final class LabImageHolder {
        static void house(FxRobot robot, ConvolutionView view) throws Exception {
            var img = org.neurallab.lab.convolution.BundledImages.load(
                    org.neurallab.lab.convolution.BundledImages.list().get(0));
            robot.interact(() -> view.kernels().setImage(img));
        }
    }
}
