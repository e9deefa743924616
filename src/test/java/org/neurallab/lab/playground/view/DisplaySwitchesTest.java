package org.neurallab.lab.playground.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.neurallab.lab.playground.state.PaletteKind;
import org.neurallab.lab.playground.state.PlaygroundConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Playground's on/off options are ControlsFX switches, and clicking one drives its option (and back). */
class DisplaySwitchesTest extends PlaygroundViewFixture {

    @Start
    void start(Stage stage) {
        show(stage, new PlaygroundConfig());
    }

    @Test
    void eachSwitchDrivesItsOption(FxRobot robot) {
        PlaygroundController controller = view.controller();
        assertThat((Object) robot.lookup("#show-test").query()).isInstanceOf(ToggleSwitch.class);

        click(robot, "#show-test");
        assertThat(controller.configProperty().get().isShowTestData()).isTrue();
        click(robot, "#discretize");
        assertThat(controller.configProperty().get().isDiscretize()).isTrue();
        click(robot, "#color-blind");
        assertThat(controller.configProperty().get().getPalette()).isEqualTo(PaletteKind.COLOR_BLIND);
        click(robot, "#show-gradients");
        assertThat(view.networkPane().showGradientsProperty().get()).isTrue();
        BorderPane page = (BorderPane) ((javafx.scene.control.ScrollPane) view.node()).getContent();
        assertThat(page.getLeft()).isNotNull();
        click(robot, "#large-canvas");
        assertThat(page.getLeft()).isNull();

        click(robot, "#large-canvas"); // first: the large canvas hides the data panel with its switches
        click(robot, "#show-test");
        click(robot, "#discretize");
        click(robot, "#color-blind");
        click(robot, "#show-gradients");
        PlaygroundConfig c = controller.configProperty().get();
        assertThat(c.isShowTestData()).isFalse();
        assertThat(c.isDiscretize()).isFalse();
        assertThat(c.getPalette()).isEqualTo(PaletteKind.STANDARD);
        assertThat(view.networkPane().showGradientsProperty().get()).isFalse();
        assertThat(page.getLeft()).isNotNull();

        // a loaded configuration moves the switches, without changing anything back
        robot.interact(() -> controller.change(PlaygroundController.Kind.DISPLAY, x -> {
            x.setPalette(PaletteKind.COLOR_BLIND);
            x.setShowTestData(true);
        }));
        assertThat(robot.lookup("#color-blind").queryAs(ToggleSwitch.class).isSelected()).isTrue();
        assertThat(robot.lookup("#show-test").queryAs(ToggleSwitch.class).isSelected()).isTrue();
        assertThat(controller.configProperty().get().getPalette()).isEqualTo(PaletteKind.COLOR_BLIND);
    }

    /** Clicks the switch's thumb area, as a user does. */
    private static void click(FxRobot robot, String id) {
        ToggleSwitch s = robot.lookup(id).queryAs(ToggleSwitch.class);
        robot.clickOn(s);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
