package org.neurallab.lab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neurallab.app.I18n;
import org.neurallab.engine.activation.Activation;
import org.neurallab.engine.Sequential;
import org.neurallab.engine.loss.LossType;
import org.neurallab.engine.model.LayerSpec;
import org.neurallab.engine.model.ModelSpec;
import org.neurallab.engine.optim.OptimizerType;
import org.neurallab.io.ModelFile;
import org.neurallab.io.SavedModel;
import org.neurallab.io.TrainingInfo;
import org.neurallab.lab.training.settings.ModelPreset;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training lab end to end, headless: train the lecture MLP for one epoch on 2,000 images, look at
 * the results, save/load/export through the lab's own code path, bad input, Korean, and the FX
 * thread staying smooth while the lecture CNN trains.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TrainingLabTest {
    private static TrainingService service;
    private TrainingView view;
    private Stage stage;
    private final List<String> errors = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void service() {
        service = new TrainingService();
    }

    @AfterAll
    static void shutdown() {
        service.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.get().setLocale(Locale.ENGLISH);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new TrainingView(service);
        view.files().setErrorSink(errors::add);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeView(FxRobot robot) {
        robot.interact(view::dispose);
    }

    private void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void quickSettings(FxRobot robot, ModelPreset preset, String subset, String learningRate) throws Exception {
        waitFor(20, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            view.builder().applyPreset(preset);
            view.settings().subset().setText(subset);
            view.settings().epochs().setText("1");
            view.settings().batchSize().setText("32");
            view.settings().learningRate().setText(learningRate);
        });
    }

    @Test
    void trainsTheLectureMlpSavesLoadsAndExports(FxRobot robot) throws Exception {
        quickSettings(robot, ModelPreset.MLP_128, "2000", "0.001");
        robot.clickOn("#run-start");
        waitFor(40, () -> view.results().evaluation() != null && view.controller().phase() == Phase.IDLE);

        assertThat(view.charts().lossChart().series()).anySatisfy(s -> assertThat(s.size()).isGreaterThan(10));
        assertThat(view.charts().accuracyChart().series()).anySatisfy(s -> assertThat(s.size()).isEqualTo(1));
        assertThat(view.progress().epochText()).isEqualTo("Epoch 1 of 1");
        double accuracy = view.results().evaluation().accuracy();
        assertThat(accuracy).isGreaterThan(0.5);
        String shown = robot.lookup("#test-accuracy").queryAs(Label.class).getText();
        assertThat(shown).startsWith("Test accuracy: ").contains("%");
        assertThat(Double.parseDouble(shown.replaceAll("[^0-9.]", "")) / 100).isCloseTo(accuracy, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(view.results().gallery().tileCount()).as("most frequent mistake shown").isGreaterThan(0);

        robot.interact(() -> view.results().showCell(3, 3));
        assertThat(view.results().gallery().tileCount()).isGreaterThan(0);
        robot.interact(() -> view.results().showCell(4, 9));
        snapshots(robot);

        // save, then load through the same buttons with the file chooser replaced
        Path model = dir.resolve("mlp");
        view.files().setChooser((kind, owner) -> switch (kind) {
            case SAVE_MODEL, OPEN_MODEL -> model;
            case SAVE_PNG -> dir.resolve("charts.png");
            case SAVE_CSV -> dir.resolve("history.csv");
        });
        robot.clickOn("#file-menu").clickOn("#model-save");
        Path saved = dir.resolve("mlp" + ModelFile.EXTENSION);
        waitFor(10, () -> Files.exists(saved));
        view.files().setChooser((kind, owner) -> saved);
        robot.interact(() -> view.builder().applyPreset(ModelPreset.MLP_512));
        robot.clickOn("#file-menu").clickOn("#model-load");
        waitFor(20, () -> view.message().getText().startsWith("Loaded") && view.results().evaluation() != null
                && view.controller().phase() == Phase.IDLE);
        assertThat(view.builder().layers()).isEqualTo(ModelPreset.MLP_128.spec().layers());
        assertThat(view.results().evaluation().accuracy()).isCloseTo(accuracy, org.assertj.core.data.Offset.offset(1e-9));

        view.files().setChooser((kind, owner) -> dir.resolve(kind == FileActions.Kind.SAVE_PNG ? "charts" : "history"));
        robot.clickOn("#file-menu").clickOn("#export-csv");
        robot.clickOn("#file-menu").clickOn("#export-png");
        waitFor(10, () -> Files.exists(dir.resolve("history.csv")) && Files.exists(dir.resolve("charts.png")));
        assertThat(Files.readAllLines(dir.resolve("history.csv"))).hasSize(2).first().isEqualTo("epoch,loss,accuracy,val_loss,val_accuracy,seconds");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("charts.png").toFile()).getWidth()).isGreaterThan(300);
        assertThat(errors).isEmpty();
    }

    /** The lab after a run, light and dark, English and Korean, and at 200 % (presenter mode). */
    private void snapshots(FxRobot robot) throws Exception {
        snapshot(robot, "training-en-light");
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            view.darkProperty().set(true);
        });
        snapshot(robot, "training-en-dark");
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        snapshot(robot, "training-ko-dark");
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view.darkProperty().set(false);
        });
        snapshot(robot, "training-ko-light");
        robot.interact(() -> view.setStyle(org.neurallab.app.shell.UiScale.rootStyle(2.0)));
        snapshot(robot, "training-ko-light-200");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        snapshot(robot, "training-en-light-200");
        robot.interact(() -> view.setStyle(""));
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        org.neurallab.app.Screenshots.save(view.getScene(), name);
    }

    @Test
    void wrongShapeAndCorruptModelFilesGiveClearMessages(FxRobot robot) throws Exception {
        waitFor(20, () -> view.dataset().dataProperty().get() != null);
        Path other = dir.resolve("xor" + ModelFile.EXTENSION);
        ModelSpec xor = new ModelSpec(new int[] {2}, List.of(new LayerSpec.Dense(2, Activation.SIGMOID),
                new LayerSpec.Dense(1, Activation.SIGMOID)), LossType.MSE);
        ModelFile.save(other, new SavedModel(Sequential.build(xor, 1),
                new TrainingInfo(OptimizerType.SGD, 0.1, 1, 10, 1, null), "xor", List.of(), List.of()));
        view.files().setChooser((kind, owner) -> other);
        robot.clickOn("#file-menu").clickOn("#model-load");
        waitFor(10, () -> !errors.isEmpty());
        assertThat(errors.get(0)).contains("xor" + ModelFile.EXTENSION).contains("(2,)").contains("28×28");

        Path corrupt = dir.resolve("corrupt" + ModelFile.EXTENSION);
        Files.writeString(corrupt, "not a model");
        view.files().setChooser((kind, owner) -> corrupt);
        robot.clickOn("#file-menu").clickOn("#model-load");
        waitFor(10, () -> errors.size() == 2);
        assertThat(errors.get(1)).contains("corrupt" + ModelFile.EXTENSION).contains("zip");
        assertThat(view.builder().checkProperty().get().ok()).isTrue();
    }

    @Test
    void convAfterFlattenIsFlaggedAndStartIsDisabled(FxRobot robot) throws Exception {
        waitFor(20, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.MLP_128);
            view.builder().select(0);
        });
        robot.clickOn("#add-layer").clickOn("#add-Conv2D");
        Label problem = robot.lookup("#model-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Layer 2: ").contains("Conv2D").contains("Flatten");
        assertThat(robot.lookup("#run-start").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#cannot-start").queryAs(Label.class).isVisible()).isTrue();

        robot.interact(() -> view.settings().learningRate().setText("fast"));
        assertThat(view.settings().learningRate().message()).contains("number");
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.MLP_128);
            view.settings().learningRate().setText("0.01");
        });
        assertThat(robot.lookup("#run-start").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void divergingRunStopsWithAClearMessage(FxRobot robot) throws Exception {
        // A hidden layer without a squashing activation lets the weights feed on each other: with
        // SGD at 100 the loss overflows to NaN within a few batches (ReLU layers die instead).
        quickSettings(robot, ModelPreset.MLP_128, "2000", "100");
        robot.interact(() -> {
            view.builder().setLayers(List.of(new LayerSpec.Flatten(), new LayerSpec.Dense(128, Activation.LINEAR),
                    new LayerSpec.Dense(10, Activation.SOFTMAX)));
            view.settings().optimizer().setValue(OptimizerType.SGD);
        });
        robot.clickOn("#run-start");
        waitFor(30, () -> !view.message().getText().isEmpty() && view.controller().phase() == Phase.IDLE);
        assertThat(view.message().getText()).contains("learning rate").containsAnyOf("NaN", "∞");
        assertThat(view.message().getStyleClass()).contains("danger");
        assertThat(robot.lookup("#run-start").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void stepTrainsOneBatchAtATimeThenStops(FxRobot robot) throws Exception {
        quickSettings(robot, ModelPreset.MLP_128, "2000", "0.001");
        robot.interact(() -> view.settings().epochs().setText("50"));
        robot.clickOn("#run-step");
        waitFor(30, () -> view.charts().current() != null && view.charts().current().batchPoints() == 1);
        assertThat(view.controller().phase()).isEqualTo(Phase.PAUSED);
        assertThat(robot.lookup("#run-resume").queryAs(Button.class).isVisible()).isTrue();
        robot.clickOn("#run-step");
        waitFor(10, () -> view.charts().current().batchPoints() == 2);
        Thread.sleep(300);
        assertThat(view.charts().current().batchPoints()).as("still paused after the step").isEqualTo(2);
        robot.clickOn("#run-resume");
        waitFor(10, () -> view.charts().current().batchPoints() > 5);
        robot.clickOn("#run-stop");
        waitFor(10, () -> view.controller().phase() == Phase.IDLE);
        assertThat(view.progress().stateText()).startsWith("Stopped after");
        assertThat(view.results().evaluation()).as("a stopped run is not measured").isNull();
    }

    @Test
    void augmentationTogglesChangeThePreviewAndTheSettings(FxRobot robot) throws Exception {
        waitFor(20, () -> view.dataset().dataProperty().get() != null);
        org.neurallab.lab.training.dataset.AugmentationPane pane = view.augmentation();
        assertThat(pane.settings().isNone()).isTrue();
        assertThat(pane.previewCount()).isEqualTo(8);
        robot.interact(() -> pane.rotationToggle().setSelected(true));
        assertThat(pane.augmentationSupplier().get().rotationDeg()).isEqualTo(15);
        assertThat(pane.previewCount()).isEqualTo(8);
    }

    @Test
    void switchesToKorean(FxRobot robot) throws Exception {
        robot.interact(() -> view.dataset().select(org.neurallab.data.DatasetKind.FASHION));
        waitFor(20, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> I18n.get().setLocale(Locale.KOREAN));
        List<String> korean = java.util.stream.IntStream.range(0, 10).mapToObj(c -> I18n.get().text(Locale.KOREAN, org.neurallab.data.DatasetKind.FASHION.classKey(c))).toList();
        List<String> shown = robot.lookup(".sample-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(shown).as("one sample per class").containsExactlyInAnyOrderElementsOf(korean);
        assertThat(robot.lookup("#run-start").queryAs(Button.class).getText()).isEqualTo("시작");
        assertThat(view.progress().epochText()).isEqualTo("아직 학습하지 않았습니다");
        robot.interact(() -> I18n.get().setLocale(Locale.ENGLISH));
        assertThat(robot.lookup("#run-start").queryAs(Button.class).getText()).isEqualTo("Start");
    }

    /**
     * While the lecture CNN trains, the FX thread must keep drawing frames: no gap between pulses over
     * 50 ms. Two things are measured per frame: the wall-clock gap, and the CPU time the FX thread
     * itself used since the previous frame. Work done on the FX thread (a chart update per batch,
     * evaluation on the wrong thread) shows in both, so the FX thread's own time must stay under
     * 50 ms always. The wall-clock gap also includes what the lab cannot help: garbage collection
     * pauses and, on a build machine shared by many processes, waiting for a core. It must be under
     * 50 ms in the best of four 2-second windows whenever the machine is not overloaded (load
     * average below 1.5 per core); on an overloaded machine it is only reported.
     */
    @Test
    @org.junit.jupiter.api.Order(1) // first, while only MNIST is in memory: a smaller heap means shorter GC pauses
    void framesStaySmoothWhileTheCnnTrains(FxRobot robot) throws Exception {
        quickSettings(robot, ModelPreset.CNN, "20000", "0.001");
        Frames baseline = measureFrames(robot, 1500);
        robot.clickOn("#run-start");
        waitFor(30, () -> view.charts().lossChart().series().stream().anyMatch(s -> s.size() > 2));
        List<Frames> windows = new ArrayList<>();
        double loadPerCore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < 4 && windows.stream().allMatch(w -> w.longestGapMs() > 50); i++) {
            windows.add(measureFrames(robot, 2000));
        }
        String speed = view.progress().speedText();
        robot.clickOn("#run-stop");
        waitFor(30, () -> view.controller().phase() == Phase.IDLE);
        double bestGap = windows.stream().mapToDouble(Frames::longestGapMs).min().orElseThrow();
        double fxBusy = windows.stream().mapToDouble(Frames::longestFxCpuMs).max().orElseThrow();
        System.out.printf(Locale.ROOT, "FX pulses while the CNN trains (%s): longest gap per 2 s window %s ms, "
                + "FX thread's own CPU per frame at most %.1f ms; before training %s; load %.2f per core%n",
                speed, windows.stream().map(w -> String.format(Locale.ROOT, "%.1f", w.longestGapMs())).toList(), fxBusy,
                baseline, loadPerCore);
        assertThat(fxBusy).as("FX thread's own work between two frames, ms").isLessThanOrEqualTo(50);
        if (loadPerCore < 1.5) {
            assertThat(bestGap).as("longest pulse gap, ms").isLessThanOrEqualTo(50);
        }
    }

    /** The longest gap between two pulses, and the most CPU time the FX thread used between two pulses. */
    record Frames(int count, double longestGapMs, double longestFxCpuMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d frames, longest gap %.1f ms", count, longestGapMs);
        }
    }

    private static Frames measureFrames(FxRobot robot, long millis) throws InterruptedException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] last = {-1, -1};
        double[] worst = {0, 0};
        int[] count = {0};
        AtomicReference<AnimationTimer> timer = new AtomicReference<>();
        robot.interact(() -> {
            AnimationTimer t = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    if (last[0] >= 0) {
                        worst[0] = Math.max(worst[0], (now - last[0]) / 1e6);
                        worst[1] = Math.max(worst[1], (cpu - last[1]) / 1e6);
                    }
                    last[0] = now;
                    last[1] = cpu;
                    count[0]++;
                }
            };
            timer.set(t);
            t.start();
        });
        Thread.sleep(millis);
        robot.interact(() -> timer.get().stop());
        assertThat(count[0]).as("frames in %d ms", millis).isGreaterThan((int) (millis / 200));
        return new Frames(count[0], worst[0], worst[1]);
    }
}
