package org.neurallab.lab.training.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.neurallab.app.AppContext;
import org.neurallab.app.I18n;
import org.neurallab.app.LabNotice;
import org.neurallab.app.LabPage;
import org.neurallab.app.settings.SettingsStore;
import org.neurallab.app.shell.AppShell;
import org.neurallab.lab.training.TrainingView;
import org.neurallab.lab.training.run.RunController.Phase;
import org.neurallab.lab.training.settings.ModelPreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run that ends while another lab is open is announced by a ControlsFX notification (clicking it opens the
 * Training lab); a notice of the visible lab is not shown.
 */
@ExtendWith(ApplicationExtension.class)
class RunNoticeTest {
    private AppContext context;
    private AppShell shell;
    private TrainingPage training;

    /** Another lab: a page with one label. */
    private static final class OtherPage implements LabPage {
        private final Label view = new Label("other");

        @Override
        public String id() {
            return "other";
        }

        @Override
        public String titleKey() {
            return "app.nav.playground";
        }

        @Override
        public Ikon icon() {
            return MaterialDesignH.HOME;
        }

        @Override
        public Node view() {
            view.setId("page-other");
            return view;
        }
    }

    @Start
    void start(Stage stage) {
        Path settings = Path.of(System.getProperty("neurallab.settings", "target/test-settings"))
                .resolve("notice-" + UUID.randomUUID());
        I18n.get().setLocale(I18n.ENGLISH);
        context = new AppContext(stage, new SettingsStore(settings));
        training = new TrainingPage(context);
        shell = new AppShell(context, List.of(new OtherPage(), training), false);
        shell.attach(stage);
        shell.showLab("training");
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            shell.close();
            context.close();
        });
    }

    @Test
    void aRunThatEndsWhileAnotherLabIsOpenIsAnnounced(FxRobot robot) throws Exception {
        // the Training lab is visible: its own notice is not shown
        robot.interact(() -> context.notice(new LabNotice("training", false, "Seen already", "text")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bars(robot)).isEmpty();

        TrainingView view = (TrainingView) training.view();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.dataset().dataProperty().get() != null);
        robot.interact(() -> {
            view.builder().applyPreset(ModelPreset.MLP_128);
            view.settings().subset().setText("200");
            view.settings().epochs().setText("1");
            view.settings().batchSize().setText("32");
        });
        WaitForAsyncUtils.waitForFxEvents();
        // start, and open the other lab in the same moment: the run cannot end while the Training lab shows
        robot.interact(() -> {
            robot.lookup("#run-start").queryButton().fire();
            shell.showLab("other");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.controller().phase() == Phase.IDLE
                && !bars(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = bars(robot).iterator().next();
        List<String> texts = robot.from(bar).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).toList();
        assertThat(texts).contains("Training finished");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("After 1 epoch: validation accuracy ")
                .contains("Click to open the lab."));

        robot.clickOn(bar);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.currentLab().id()).isEqualTo("training");
    }

    /** The notification bars in every showing window (ControlsFX shows them in a popup over the owner). */
    private static Set<Node> bars(FxRobot robot) {
        return robot.lookup(".notification-bar").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .collect(Collectors.toSet());
    }
}
