package org.neurallab.lab.digits.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neurallab.app.I18n;
import org.neurallab.lab.digits.reader.LiveReader;
import org.neurallab.train.TrainingService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Adding and removing classes again and again must not pile up listeners or keep the removed rows alive. */
@ExtendWith(ApplicationExtension.class)
class TeachPanelLeakTest {
    private static final int ROUNDS = 200;
    private final I18n i18n = I18n.get();
    private final TrainingService service = new TrainingService();
    private LiveReader reader;
    private TeachPanel panel;

    @Start
    void start(Stage stage) {
        i18n.setLocale(I18n.ENGLISH);
        reader = new LiveReader(service.worker("digits-inference-test"));
        panel = new TeachPanel(i18n, reader, service.worker("digits-training-test"), () -> null, () -> stage,
                model -> { });
        stage.setScene(new Scene(panel, 700, 500));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> i18n.setLocale(I18n.ENGLISH));
        service.shutdown();
    }

    @Test
    void addingAndRemovingAClass200TimesLetsTheOldRowsGo(FxRobot robot) throws InterruptedException {
        // two classes to start with, each row with its own sample count
        assertThat(robot.lookup(".teach-class").queryAll()).hasSize(2);
        collectGarbage();
        int listenersBefore = i18n.liveListenerCount();
        List<WeakReference<Node>> removedRows = new ArrayList<>();
        List<WeakReference<Node>> addedRows = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            robot.interact(() -> {
                panel.lookupAll(".teach-class").forEach(row -> removedRows.add(new WeakReference<>(row)));
                button("#teach-add-class").fire();
                panel.lookupAll(".teach-class").forEach(row -> addedRows.add(new WeakReference<>(row)));
                // the remove button's own handler: under TestFX a button fired while its row leaves the scene stays
                // referenced by the test harness (a plain JavaFX run lets it go), which would hide what is measured
                button("#teach-remove-2").getOnAction().handle(new ActionEvent());
            });
        }
        // still the two classes, and the panel works: a language switch re-labels a row that is shown
        assertThat(panel.editors()).hasSize(2);
        robot.interact(() -> i18n.setLocale(I18n.KOREAN));
        assertThat(((Label) panel.lookup("#teach-count-0")).getText()).isEqualTo("그림 없음");
        robot.interact(() -> i18n.setLocale(I18n.ENGLISH));
        assertThat(((Label) panel.lookup("#teach-count-0")).getText()).isEqualTo("no drawings");

        collectGarbage();
        long alive = removedRows.stream().filter(r -> r.get() != null).count();
        org.slf4j.LoggerFactory.getLogger(TeachPanelLeakTest.class).info(
                "after {} rounds: {} of {} removed rows alive, {} of {} added rows, language listeners {} -> {}",
                ROUNDS, alive, removedRows.size(), addedRows.stream().filter(r -> r.get() != null).count(),
                addedRows.size(), listenersBefore, i18n.liveListenerCount());
        // 2 x 200 rebuilds made 1,000 rows; none of those replaced may survive (before the fix every row did)
        assertThat(removedRows).hasSize(ROUNDS * 2);
        assertThat(alive).isZero();
        assertThat(addedRows.stream().filter(r -> r.get() != null).count()).isZero();
        assertThat(i18n.liveListenerCount()).isLessThanOrEqualTo(listenersBefore + 10);
    }

    private Button button(String id) {
        return (Button) panel.lookup(id);
    }

    private static void collectGarbage() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }
}
