package org.neurallab.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's own start, as {@code mvn javafx:run} and the packages run it: the window opens with its icon and the
 * last lab is built a few frames later. The lab tests build their views directly and would not notice a start
 * that fails (a missing resource, a wiring mistake in the composition root).
 */
@ExtendWith(ApplicationExtension.class)
class NeuralLabAppTest {
    private final NeuralLabApp app = new NeuralLabApp();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    @Test
    void theWindowOpensWithItsIconAndALab(FxRobot robot) throws Exception {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getIcons()).isNotEmpty();
        assertThat(NeuralLabApp.class.getResource(NeuralLabApp.ICON)).isNotNull();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".lab-content").tryQuery().map(n -> !((javafx.scene.layout.Pane) n).getChildren()
                        .isEmpty()).orElse(false));
        assertThat(stage.getTitle()).contains("Neural Lab");
    }
}
