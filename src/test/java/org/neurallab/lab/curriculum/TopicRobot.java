package org.neurallab.lab.curriculum;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.neurallab.lab.curriculum.ui.NumberField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the topic pages' UI tests do again and again: read a label, bring a node into view, type a number. */
public final class TopicRobot {
    private TopicRobot() {
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Scrolls the topic so the node is in view (about 100 px below the top), unless it already is. */
    public static void scrollTo(FxRobot robot, String id) {
        ScrollPane pane = robot.lookup("#topic-content").queryAs(ScrollPane.class);
        Node target = robot.lookup(id).query();
        robot.interact(() -> {
            Bounds view = pane.localToScene(pane.getLayoutBounds());
            Bounds node = target.localToScene(target.getBoundsInLocal());
            if (node.getMinY() >= view.getMinY() && node.getMaxY() <= view.getMaxY()) {
                return;
            }
            double y = node.getMinY() - pane.getContent().localToScene(0, 0).getY();
            double h = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 100) / h)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of a {@link NumberField} by typing, as a student would. */
    public static void type(FxRobot robot, String id, String text) {
        scrollTo(robot, id);
        NumberField field = robot.lookup(id).queryAs(NumberField.class);
        robot.clickOn(field.textField());
        robot.interact(() -> field.textField().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
